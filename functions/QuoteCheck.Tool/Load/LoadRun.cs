using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuoteCheck.Core.Articles;
using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Functions;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Storage;
using QuoteCheck.LocalHost.Azurite;

namespace QuoteCheck.Cli.Load;

/// <summary>What a load run found.</summary>
internal sealed record LoadReport(
    int Messages,
    int ExpectedArticles,
    int Processed,
    int Rejected,
    IReadOnlyList<string> Problems,
    long LeftInQueue,
    long InPoison,
    TimeSpan Elapsed,
    bool Killed)
{
    public double ArticlesPerSecond => ExpectedArticles / Elapsed.TotalSeconds;

    public bool Passed => Problems.Count == 0 && LeftInQueue == 0;
}

/// <summary>
/// Submits a mix of articles to a local host process on Azurite (optionally killing and restarting the
/// host mid-run), waits for every one to be processed or rejected, and checks the outcome article by
/// article: nothing lost, nothing duplicated, nothing left in the queue.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadReport> RunAsync(int count, bool killMidRun, TimeSpan timeout, string seedArticle, TextWriter output, CancellationToken cancellationToken, string? connection = null, bool linking = true)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var settings = new Dictionary<string, string>
        {
            [StorageConnection.Name] = connection ?? AzuriteServer.ConnectionString,
            ["QuoteCheck:TablePrefix"] = "load" + suffix,
            ["QuoteCheck:ArticlesQueue"] = "load-" + suffix,
            ["QuoteCheck:IndexRepairQueue"] = "load-r-" + suffix,
            ["QuoteCheck:LinkQueue"] = "load-l-" + suffix,
        };
        if (!linking)
        {
            // The link requests wait in their queue, deleted afterwards.
            settings[QuoteCheck.Functions.Linking.LinkArticle.DisabledSetting] = "true";
        }

        await using var services = Services(settings);
        var layout = services.GetRequiredService<StorageLayout>();
        await layout.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        var messages = LoadArticles.Generate(count, seedArticle);
        var extractor = services.GetRequiredService<IQuoteExtractor>();
        var expected = messages
            .DistinctBy(m => m.ArticleId)
            .ToDictionary(m => m.ArticleId, m => m.Valid ? extractor.Extract(m.Body!).Select(QuoteIds.For).Distinct().Count() : -1);

        await using var host = new LocalHostProcess(settings);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        output.WriteLine($"Local host up at {host.Url}; submitting {messages.Count} messages ({expected.Count} distinct articles, {expected.Values.Count(v => v < 0)} invalid){(killMidRun ? "; the host will be killed once mid-run" : string.Empty)}.");

        var clock = Stopwatch.StartNew();
        var sender = services.GetRequiredService<ArticleQueueSender>();
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (message, ct) =>
        {
            if (message.Valid)
            {
                await sender.SendAsync(new ArticleSubmission { Id = message.ArticleId, Body = message.Body }, ct).ConfigureAwait(false);
            }
            else
            {
                await layout.ArticlesQueue.SendMessageAsync(new BinaryData(message.Raw!), cancellationToken: ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        output.WriteLine($"Submitted in {clock.Elapsed.TotalSeconds:N1} s.");

        var killed = false;
        var done = 0;
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            done = await CountRecordsAsync(layout, cancellationToken).ConfigureAwait(false);
            if (killMidRun && !killed && done >= expected.Count * 0.4)
            {
                await host.KillAsync().ConfigureAwait(false);
                killed = true;
                output.WriteLine($"Killed the host at {done}/{expected.Count} articles ({clock.Elapsed.TotalSeconds:N1} s); restarting it.");
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
            }

            if (done >= expected.Count && await ApproximateCountAsync(layout.ArticlesQueue, cancellationToken).ConfigureAwait(false) == 0)
            {
                break;
            }

            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }

        var elapsed = clock.Elapsed;
        output.WriteLine($"{done}/{expected.Count} articles recorded after {elapsed.TotalSeconds:N1} s; checking each one.");
        var (processed, rejected, problems) = await VerifyAsync(services, expected, cancellationToken).ConfigureAwait(false);
        var listed = await CountRecordsAsync(layout, cancellationToken).ConfigureAwait(false);
        if (listed != expected.Count)
        {
            problems.Add($"the article list has {listed} rows for {expected.Count} articles");
        }
        var report = new LoadReport(
            messages.Count,
            expected.Count,
            processed,
            rejected,
            problems,
            await ApproximateCountAsync(layout.ArticlesQueue, cancellationToken).ConfigureAwait(false),
            await ApproximateCountAsync(layout.PoisonQueue, cancellationToken).ConfigureAwait(false),
            elapsed,
            killed);
        await DeleteAsync(layout, cancellationToken).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// The ceiling: the rows the pipeline stores for these articles (the article row, the version's text and the
    /// quote rows in the article's partition; the New and All index rows; the article-list row), written
    /// directly with Azure.Data.Tables in the fewest calls their partitions allow (one transaction per
    /// partition, so four calls an article), 16 in parallel. With <paramref name="issueBaseline"/> it writes only
    /// what the issue's baseline wrote: the article row and one quote transaction (two calls).
    /// </summary>
    public static async Task<double> MeasureDirectWritesAsync(int count, string seedArticle, bool issueBaseline, CancellationToken cancellationToken, string? connection = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        await using var services = Services(new Dictionary<string, string> { [StorageConnection.Name] = connection ?? AzuriteServer.ConnectionString, ["QuoteCheck:TablePrefix"] = "ceil" + suffix, ["QuoteCheck:ArticlesQueue"] = "ceil-" + suffix, ["QuoteCheck:IndexRepairQueue"] = "ceil-r-" + suffix, ["QuoteCheck:LinkQueue"] = "ceil-l-" + suffix });
        var layout = services.GetRequiredService<StorageLayout>();
        await layout.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var extractor = services.GetRequiredService<IQuoteExtractor>();
        var now = DateTimeOffset.UtcNow;
        var articles = LoadArticles.Generate(count, seedArticle).Where(m => m.Valid).DistinctBy(m => m.ArticleId)
            .Select(m => (m.ArticleId, Quotes: extractor.Extract(m.Body!).Select(q => new Quote
            {
                ArticleId = m.ArticleId, QuoteId = QuoteIds.For(q), Extraction = q, ExtractorVersion = extractor.Version,
                State = QuoteCheck.Core.Review.ReviewState.New, ArticleFirstSeenAt = now, UpdatedAt = now,
            }).DistinctBy(q => q.QuoteId).ToList(), m.Body))
            .ToList();

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (article, ct) =>
        {
            var row = new TableEntity(article.ArticleId, TableArticleStore.ArticleRowKey) { ["Status"] = "Processed", ["QuoteCount"] = article.Quotes.Count, ["Version"] = 1, ["FirstSeenAt"] = now };
            var version = new TableEntity(article.ArticleId, TableArticleStore.VersionRowKey(1)) { ["TextHash"] = "x", ["ReceivedAt"] = now };
            LongText.Write(version, "Text", article.Body);
            var partition = new List<TableTransactionAction> { new(TableTransactionActionType.Add, row) };
            if (!issueBaseline)
            {
                partition.Add(new(TableTransactionActionType.UpsertReplace, version));
            }
            else
            {
                LongText.Write(row, "Text", article.Body);
                await layout.Articles.UpsertEntityAsync(row, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                partition.Clear();
            }

            partition.AddRange(article.Quotes.Select(q => new TableTransactionAction(TableTransactionActionType.Add, QuoteEntities.ToEntity(q))));
            foreach (var batch in StorageLimits.Batches(partition))
            {
                await layout.Articles.SubmitTransactionAsync(batch, ct).ConfigureAwait(false);
            }

            if (issueBaseline)
            {
                return;
            }

            await Task.WhenAll(new[] { "New", QuoteEntities.AllPartition }.Select(family =>
                layout.QuotesByState.SubmitTransactionAsync(article.Quotes.Select(q => new TableTransactionAction(TableTransactionActionType.UpsertReplace, QuoteEntities.ToIndexEntity(q, family))), ct))).ConfigureAwait(false);
            await layout.Articles.UpsertEntityAsync(new TableEntity(TableArticleStore.ListPartition, article.ArticleId) { ["Status"] = "Processed", ["ArticleId"] = article.ArticleId }, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        var rate = articles.Count / clock.Elapsed.TotalSeconds;
        await DeleteAsync(layout, cancellationToken).ConfigureAwait(false);
        return rate;
    }

    /// <summary>
    /// Storage calls the app makes per article, counted on the storage clients' pipelines while the ingestion
    /// (the queue function's own code, in process) stores <paramref name="count"/> seed-sized articles, and again
    /// while each is delivered a second time (a duplicate). The host's own queue calls (a receive per up to 16
    /// messages, a delete per message) come on top.
    /// </summary>
    public static async Task<StorageCalls> MeasureCallsPerArticleAsync(int count, string seedArticle, CancellationToken cancellationToken, string? connection = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var counter = new StorageCallCounter();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [StorageConnection.Name] = connection ?? AzuriteServer.ConnectionString,
                ["QuoteCheck:TablePrefix"] = "calls" + suffix,
                ["QuoteCheck:ArticlesQueue"] = "calls-" + suffix,
                ["QuoteCheck:IndexRepairQueue"] = "calls-r-" + suffix,
                ["QuoteCheck:LinkQueue"] = "calls-l-" + suffix,
            })
            .Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(StorageConnection.FromConfiguration(configuration, pipelinePolicy: counter))
            .AddLogging()
            .AddQuoteCheck()
            .BuildServiceProvider();
        var layout = services.GetRequiredService<StorageLayout>();
        await layout.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var bodies = Enumerable.Range(0, count)
            .Select(i => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { id = $"calls-{i}", title = $"Dispatch {i}", source = "load", body = $"Dispatch {i}.\n{seedArticle}" }))
            .ToList();

        counter.Reset();
        foreach (var body in bodies)
        {
            await ingestor.IngestAsync("m", 1, new BinaryData(body), cancellationToken).ConfigureAwait(false);
        }

        var kinds = counter.Counts.ToDictionary(kv => kv.Key, kv => (double)kv.Value / count);
        var fresh = (double)counter.Total / count;
        counter.Reset();
        foreach (var body in bodies)
        {
            await ingestor.IngestAsync("m", 2, new BinaryData(body), cancellationToken).ConfigureAwait(false);
        }

        var duplicate = (double)counter.Total / count;
        var duplicateKinds = counter.Counts.ToDictionary(kv => kv.Key, kv => (double)kv.Value / count);

        // Linking, the follow-up of each article (off the link queue in the host): every copy of the seed joins one identity.
        var linker = services.GetRequiredService<QuoteCheck.Functions.Linking.ArticleLinker>();
        counter.Reset();
        for (var i = 0; i < count; i++)
        {
            await linker.LinkArticleAsync($"calls-{i}", cancellationToken).ConfigureAwait(false);
        }

        var link = (double)counter.Total / count;
        var linkKinds = counter.Counts.ToDictionary(kv => kv.Key, kv => (double)kv.Value / count);

        // A review action: claim the first quote of each article, as the API does (read, then the conditional write).
        var quotes = services.GetRequiredService<IQuoteStore>();
        var review = services.GetRequiredService<QuoteCheck.Functions.Review.ReviewService>();
        var targets = new List<Quote>();
        for (var i = 0; i < count; i++)
        {
            targets.Add((await quotes.ListArticleQuotesAsync($"calls-{i}", cancellationToken).ConfigureAwait(false))[0]);
        }

        var reviewer = new QuoteCheck.Core.Review.Actor { Id = "load", Name = "load", Roles = QuoteCheck.Core.Review.AppRoles.Reviewer };
        counter.Reset();
        foreach (var quote in targets)
        {
            var ifMatch = new QuoteCheck.Functions.Review.IfMatch.Tag(quote.ETag!);
            await review.TransitionAsync(quote.ArticleId, quote.QuoteId, ifMatch, reviewer, new QuoteCheck.Functions.Review.TransitionRequestBody("claim", null, null, null, null), cancellationToken).ConfigureAwait(false);
        }

        var transition = (double)counter.Total / count;
        var transitionKinds = counter.Counts.ToDictionary(kv => kv.Key, kv => (double)kv.Value / count);
        await DeleteAsync(layout, cancellationToken).ConfigureAwait(false);
        return new StorageCalls(fresh, kinds, duplicate, duplicateKinds, link, linkKinds, transition, transitionKinds);
    }

    private static async Task<(int Processed, int Rejected, List<string> Problems)> VerifyAsync(ServiceProvider services, Dictionary<string, int> expected, CancellationToken cancellationToken)
    {
        var articles = services.GetRequiredService<IArticleStore>();
        var quotes = services.GetRequiredService<IQuoteStore>();
        var problems = new List<string>();
        int processed = 0, rejected = 0;
        await Parallel.ForEachAsync(expected, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (entry, ct) =>
        {
            var (id, quoteCount) = entry;
            var article = await articles.GetArticleAsync(id, ct).ConfigureAwait(false);
            string? problem = null;
            if (article is null)
            {
                problem = $"{id}: lost (no record)";
            }
            else if (quoteCount < 0)
            {
                problem = article.Status == ArticleStatus.Rejected ? null : $"{id}: invalid message was not rejected";
                Interlocked.Increment(ref rejected);
            }
            else if (article.Status != ArticleStatus.Processed)
            {
                problem = $"{id}: rejected ({article.RejectionReason})";
            }
            else
            {
                Interlocked.Increment(ref processed);
                var stored = await quotes.ListArticleQuotesAsync(id, ct).ConfigureAwait(false);
                if (stored.Count != quoteCount || article.QuoteCount != quoteCount)
                {
                    problem = $"{id}: {stored.Count} quote rows, article says {article.QuoteCount}, expected {quoteCount}";
                }
            }

            if (problem is not null)
            {
                lock (problems)
                {
                    problems.Add(problem);
                }
            }
        }).ConfigureAwait(false);
        return (processed, rejected, problems);
    }

    private static async Task<int> CountRecordsAsync(StorageLayout layout, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in layout.Articles.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableArticleStore.ListPartition}"), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    private static async Task<long> ApproximateCountAsync(Azure.Storage.Queues.QueueClient queue, CancellationToken cancellationToken) =>
        await queue.ExistsAsync(cancellationToken).ConfigureAwait(false)
            ? (await queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount
            : 0;

    private static async Task DeleteAsync(StorageLayout layout, CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            layout.Articles.DeleteAsync(cancellationToken),
            layout.QuotesByState.DeleteAsync(cancellationToken),
            layout.Poison.DeleteAsync(cancellationToken),
            layout.QuoteLinks.DeleteAsync(cancellationToken), layout.QuoteIdentities.DeleteAsync(cancellationToken),
            layout.Speakers.DeleteAsync(cancellationToken),
            layout.LinkQueue.DeleteIfExistsAsync(cancellationToken),
            layout.RepairQueue.DeleteIfExistsAsync(cancellationToken),
            layout.ArticlesQueue.DeleteIfExistsAsync(cancellationToken),
            layout.PoisonQueue.DeleteIfExistsAsync(cancellationToken)).ConfigureAwait(false);
    }

    private static ServiceProvider Services(IReadOnlyDictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddQuoteCheck().BuildServiceProvider();
    }
}

/// <summary>Storage calls per article (new, duplicate delivery, linking) and per review action, in total and by kind.</summary>
internal sealed record StorageCalls(
    double New,
    IReadOnlyDictionary<string, double> Kinds,
    double Duplicate,
    IReadOnlyDictionary<string, double> DuplicateKinds,
    double Link,
    IReadOnlyDictionary<string, double> LinkKinds,
    double Transition,
    IReadOnlyDictionary<string, double> TransitionKinds);

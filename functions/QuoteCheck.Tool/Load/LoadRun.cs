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
    public static async Task<LoadReport> RunAsync(int count, bool killMidRun, TimeSpan timeout, string seedArticle, TextWriter output, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var settings = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["QuoteCheck:TablePrefix"] = "load" + suffix,
            ["QuoteCheck:ArticlesQueue"] = "load-" + suffix,
        };
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
    /// The ceiling: the same storage reads and writes the pipeline makes for these articles (existing-quote
    /// query, quote batch, index batches, article and list rows), made directly with Azure.Data.Tables.
    /// </summary>
    public static async Task<double> MeasureDirectWritesAsync(int count, string seedArticle, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        await using var services = Services(new Dictionary<string, string> { ["QuoteCheck:TablePrefix"] = "ceil" + suffix, ["QuoteCheck:ArticlesQueue"] = "ceil-" + suffix });
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
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 24, CancellationToken = cancellationToken }, async (article, ct) =>
        {
            await layout.Articles.GetEntityIfExistsAsync<TableEntity>(article.ArticleId, TableArticleStore.ArticleRowKey, cancellationToken: ct).ConfigureAwait(false);
            await layout.Quotes.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {article.ArticleId}"), cancellationToken: ct).ToListAsync(ct).ConfigureAwait(false);
            foreach (var batch in article.Quotes.Chunk(100))
            {
                await layout.Quotes.SubmitTransactionAsync(batch.Select(q => new TableTransactionAction(TableTransactionActionType.Add, QuoteEntities.ToNewEntity(q))), ct).ConfigureAwait(false);
            }

            foreach (var partition in new[] { "New", QuoteEntities.AllPartition })
            {
                foreach (var batch in article.Quotes.Chunk(100))
                {
                    await layout.QuotesByState.SubmitTransactionAsync(batch.Select(q => new TableTransactionAction(TableTransactionActionType.UpsertReplace, QuoteEntities.ToIndexEntity(q, partition))), ct).ConfigureAwait(false);
                }
            }

            var row = new TableEntity(article.ArticleId, TableArticleStore.ArticleRowKey) { ["Status"] = "Processed", ["QuoteCount"] = article.Quotes.Count };
            LongText.Write(row, "Text", article.Body);
            await layout.Articles.UpsertEntityAsync(row, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            await layout.Articles.UpsertEntityAsync(new TableEntity(TableArticleStore.ListPartition, article.ArticleId) { ["Status"] = "Processed" }, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        var rate = articles.Count / clock.Elapsed.TotalSeconds;
        await DeleteAsync(layout, cancellationToken).ConfigureAwait(false);
        return rate;
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
            layout.Quotes.DeleteAsync(cancellationToken),
            layout.QuotesByState.DeleteAsync(cancellationToken),
            layout.ReviewEvents.DeleteAsync(cancellationToken),
            layout.ArticlesQueue.DeleteIfExistsAsync(cancellationToken),
            layout.PoisonQueue.DeleteIfExistsAsync(cancellationToken)).ConfigureAwait(false);
    }

    private static ServiceProvider Services(IReadOnlyDictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" })
            .AddInMemoryCollection(settings.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddQuoteCheck().BuildServiceProvider();
    }
}

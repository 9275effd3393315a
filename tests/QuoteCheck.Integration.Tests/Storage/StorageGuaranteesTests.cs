using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues.Models;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Articles;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Quotes;
using QuoteCheck.Functions.Review;
using QuoteCheck.Functions.Speakers;
using QuoteCheck.Functions.Storage;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;

namespace QuoteCheck.Integration.Tests.Storage;

/// <summary>
/// What issue 12 promises of storage, against Azurite: reads never write (a crash between the quote write and the
/// index write is completed by the write path or the sweeper, never by a read), versions that never interleave,
/// decided quotes that re-extraction never changes, and Azure's limits checked before Azure would refuse.
/// </summary>
public sealed class StorageGuaranteesTests(FaultyStorageFixture host) : IClassFixture<FaultyStorageFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CrashBetweenTransitionAndIndex_IsRepairedByTheSweeper_WithoutAnyRead()
    {
        var quote = (await host.IngestSeedAsync("crash-transition"))[0];

        host.Crash.Arm();
        try
        {
            using var failed = await host.Http.TransitionAsync(quote, "claim");
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }
        finally
        {
            host.Crash.Disarm();
        }

        // The quote row is committed (InReview); the index still lists it as New, and reading does not change that.
        Assert.Equal("InReview", (await host.Http.GetQuoteAsync(quote)).State);
        Assert.Contains(await IndexRowsAsync("New", "crash-transition"), id => id == quote.QuoteId);
        Assert.Contains((await host.Http.ListQuotesAsync("state=New&pageSize=100")).Items, q => q.QuoteId == quote.QuoteId && q.ArticleId == "crash-transition");

        // The repair armed before the write surfaces after a second; the sweeper moves the index row.
        await Eventually.GetAsync(
            async () => (await IndexRowsAsync("InReview", "crash-transition")).Contains(quote.QuoteId) && !(await IndexRowsAsync("New", "crash-transition")).Contains(quote.QuoteId) ? "moved" : null,
            "the sweeper to move the index row to InReview");
        var listed = Assert.Single((await host.Http.ListQuotesAsync("state=InReview&pageSize=100")).Items, q => q.ArticleId == "crash-transition");
        Assert.Equal("rita@desk", listed.LastReviewer);
        var history = await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/crash-transition/{quote.QuoteId}/history", JsonSerializerOptions.Web, Cancel);
        Assert.Equal("claim", Assert.Single(history!.Items).Action);
    }

    [Fact]
    public async Task CrashBetweenIngestionCommitAndIndex_IsCompletedByTheRedelivery_WithoutAnyRead()
    {
        var message = QueuesModelFactory.QueueMessage("m-crash", "pop", new BinaryData(JsonSerializer.SerializeToUtf8Bytes(new { id = "crash-ingest", title = "Idlib", body = Seeds.IdlibArticle })), 1);
        host.Crash.Arm();
        try
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => host.Get<IngestArticle>().Run(message, Cancel));
        }
        finally
        {
            host.Crash.Disarm();
        }

        // The article and its quotes are committed; the queue does not list them, and reads change nothing.
        Assert.Equal(3, (await host.Http.GetArticleAsync("crash-ingest"))!.Quotes.Count);
        Assert.Empty(await IndexRowsAsync("New", "crash-ingest"));
        Assert.DoesNotContain((await host.Http.ListQuotesAsync("state=New&pageSize=100")).Items, q => q.ArticleId == "crash-ingest");

        // The host redelivers the message (it was never completed): the index is written.
        await host.Get<IngestArticle>().Run(message, Cancel);
        Assert.Equal(3, (await IndexRowsAsync("New", "crash-ingest")).Count);
        Assert.Equal(3, (await IndexRowsAsync("All", "crash-ingest")).Count);
        var article = (await host.Http.GetArticleAsync("crash-ingest"))!;
        Assert.Equal(1, article.Version);
        Assert.Single(article.Versions);
    }

    [Fact]
    public async Task SixtyIdsWithTwoBodiesEach_DeliveredAtOnce_EndConsistent()
    {
        const int articles = 60;
        var bodies = Enumerable.Range(0, articles).Select(i => (
            Id: $"race-{i:D2}",
            A: $"Race {i}, first text.\n\"We will rebuild the bridge number {i},\" said Maria Lopez, the city's mayor.\n\"The budget for {i} is settled,\" Lopez added.",
            B: $"Race {i}, second text.\n\"Nobody asked us about item {i},\" said John Okafor, a union spokesman.")).ToList();
        var sender = host.Get<ArticleQueueSender>();
        await Parallel.ForEachAsync(bodies.SelectMany(b => new[] { (b.Id, Body: b.A), (b.Id, Body: b.B) }), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Cancel }, async (m, ct) =>
            await sender.SendAsync(new ArticleSubmission { Id = m.Id, Title = "Race " + m.Id, Body = m.Body }, ct));

        await Eventually.GetAsync(
            async () => (await QueueEmptyAsync(host.Layout.ArticlesQueue)) && (await QueueEmptyAsync(host.Layout.RepairQueue)) && (await Task.WhenAll(bodies.Select(b => host.Http.GetArticleAsync(b.Id)))).All(a => a?.Version == 2) ? "done" : null,
            "both versions of all 60 articles, and every repair",
            TimeSpan.FromMinutes(4));

        foreach (var (id, a, b) in bodies)
        {
            var article = (await host.Http.GetArticleAsync(id))!;
            var (current, other) = article.Text == a ? (a, b) : (b, a);
            Assert.Equal(current, article.Text);
            Assert.Equal([1, 2], article.Versions.Select(v => v.Version));
            var first = await host.Http.GetFromJsonAsync<ArticleVersionTextResponse>($"api/articles/{id}/versions/1", JsonSerializerOptions.Web, Cancel);
            Assert.Equal(other, first!.Text);

            // The current quotes are exactly the current text's, each pointing into it; the other text's are vanished.
            var live = article.Quotes.Where(q => !q.Vanished).ToList();
            Assert.Equal(article.QuoteCount, live.Count);
            Assert.Equal(current == a ? 2 : 1, live.Count);
            Assert.All(live, q => Assert.Equal(q.Text, current[q.Start..q.End]));
            Assert.All(live, q => Assert.Equal(2, q.ArticleVersion));
            Assert.All(article.Quotes.Where(q => q.Vanished), q => Assert.Equal(q.Text, other[q.Start..q.End]));

            // The review queue lists exactly the current quotes.
            Assert.Equal(live.Select(q => q.QuoteId).Order(), (await IndexRowsAsync("New", id)).Order());
            Assert.Equal(live.Select(q => q.QuoteId).Order(), (await IndexRowsAsync("All", id)).Order());
        }
    }

    [Fact]
    public async Task ResubmissionWithADifferentText_IsANewVersion_AndNeverChangesAPublishedQuote()
    {
        var quotes = await host.IngestSeedAsync("versions");
        var peskov = quotes.Single(q => q.Text.StartsWith("Our militaries", StringComparison.Ordinal));
        var published = await PublishAsync(peskov);

        // The edited text gives the quote to someone else, and drops Erdogan's quote.
        var edited = Seeds.IdlibArticle.Replace("he said", "Ushakov said", StringComparison.Ordinal)
            .Replace("\u201cI will go to Moscow on Thursday", "\u201cWe will go to Moscow on Thursday", StringComparison.Ordinal);
        var after = await host.IngestSeedAsync("versions", edited);

        var article = (await host.Http.GetArticleAsync("versions"))!;
        Assert.Equal(2, article.Version);
        Assert.Equal(edited, article.Text);
        Assert.Equal(Seeds.IdlibArticle, (await host.Http.GetFromJsonAsync<ArticleVersionTextResponse>("api/articles/versions/versions/1", JsonSerializerOptions.Web, Cancel))!.Text);

        var kept = after.Single(q => q.QuoteId == peskov.QuoteId);
        Assert.Equal("Published", kept.State);
        Assert.Equal(published.Speaker, kept.Speaker);
        Assert.Equal((published.Start, published.End, published.Text), (kept.Start, kept.End, kept.Text));
        Assert.Equal(1, kept.ArticleVersion);
        if (kept.ExtractionConflict is { } conflict)
        {
            Assert.Equal(2, conflict.ArticleVersion);
            var history = await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/versions/{peskov.QuoteId}/history", JsonSerializerOptions.Web, Cancel);
            Assert.Contains(history!.Items, e => e.Action == HistoryEntry.ExtractionDisagreed && e.Note!.Contains("Version 2", StringComparison.Ordinal));
        }
        else
        {
            // The extractor may attribute it the same way; then nothing disagrees.
            Assert.Equal(peskov.Speaker, after.Single(q => q.QuoteId == peskov.QuoteId).Speaker);
        }

        // A redelivery of either text stores nothing new.
        await host.IngestSeedAsync("versions");
        Assert.Equal(2, (await host.Http.GetArticleAsync("versions"))!.Version);
    }

    [Fact]
    public async Task DecidedQuoteTheNewVersionDropsOrReattributes_IsFlagged_AndRecordedInItsHistory()
    {
        const string first = "\"The plant will close in May,\" said Anna Novak, the plant manager.\nMore text.";
        const string second = "\"The plant will close in May,\" said Chen Wei, the union chair.\nMore text.";
        var quote = Assert.Single(await host.IngestSeedAsync("reattributed", first));
        await VerifyAsync(quote);

        var after = Assert.Single(await host.IngestSeedAsync("reattributed", second), q => q.QuoteId == quote.QuoteId);

        Assert.Equal("Verified", after.State);
        Assert.Equal("Anna Novak", after.Speaker);
        Assert.NotNull(after.ExtractionConflict);
        Assert.Equal("speakerChanged", after.ExtractionConflict.Kind);
        Assert.Equal("Chen Wei", after.ExtractionConflict.ExtractedSpeaker);
        var history = await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/reattributed/{quote.QuoteId}/history", JsonSerializerOptions.Web, Cancel);
        Assert.Equal(["claim", "verify", HistoryEntry.ExtractionDisagreed], history!.Items.Select(e => e.Action));
        // The list shows it too. Eventually, not at once: the first version's linking may still be running, and it
        // can write its (older) copy of the quote into the list just after this ingestion wrote the new one; the
        // linker then finds the quote row changed under it and rewrites the list from the quote rows.
        var listed = await Eventually.GetAsync(
            async () => (await host.Http.ListQuotesAsync("state=Verified&pageSize=100")).Items.SingleOrDefault(q => q.ArticleId == "reattributed" && q.ExtractionConflict is not null),
            "the Verified list to show the disagreement");
        Assert.Equal("speakerChanged", listed.ExtractionConflict!.Kind);

        // A third text without the quote: still kept, now flagged as not found.
        var third = Assert.Single(await host.IngestSeedAsync("reattributed", "\"Something else entirely,\" said Chen Wei.\n"), q => q.QuoteId == quote.QuoteId);
        Assert.True(third.Vanished);
        Assert.Equal("notFound", third.ExtractionConflict!.Kind);
        Assert.Equal("Anna Novak", third.Speaker);
    }

    [Fact]
    public async Task NonAsciiQuotes_AreWrittenInTransactionsAzureAccepts()
    {
        // 100 quotes of Cyrillic text: Azurite accepts any batch, Azure refuses one over 4 MiB. Ingestion writes the
        // quote rows and the index; linking then lists every quote under its speaker, in transactions of its own.
        var line = string.Concat(Enumerable.Repeat("Мы восстановим мост и дороги региона к весне, ", 200));
        var body = string.Join('\n', Enumerable.Range(0, 100).Select(i => $"\u201c{line}{i}\u201d, said Irina Volkova."));
        host.Crash.TransactionBodies.Clear();

        var quotes = await host.IngestSeedAsync("cyrillic", body);

        Assert.Equal(100, quotes.Count);
        Assert.Equal(body, (await host.Http.GetArticleAsync("cyrillic"))!.Text);
        var speaker = await Eventually.GetAsync(
            async () =>
            {
                using var response = await host.Http.GetAsync("api/speakers/irina%20volkova/quotes?pageSize=5", Cancel);
                return response.StatusCode == HttpStatusCode.NotFound ? null // not linked yet
                    : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SpeakerQuotePageResponse>(JsonSerializerOptions.Web, Cancel) is { Speaker.Total: 100 } page ? page : null;
            },
            "the 100 quotes listed under their speaker");
        Assert.Equal(100, speaker.Speaker!.Counts["New"]);
        lock (host.Crash.TransactionBodies)
        {
            Assert.True(host.Crash.TransactionBodies.Count > 3, "the quotes should need several transactions");
            Assert.All(host.Crash.TransactionBodies, bytes => Assert.InRange(bytes, 1, StorageLimits.MaxBatchBytes));
        }
    }

    [Fact]
    public async Task OverlongMetadata_IsRefusedBeforeStorage_With400OrARejection()
    {
        var title = new string('t', 40_000);
        using var posted = await host.Http.PostAsJsonAsync("api/articles", new { id = "long-title", title, body = Seeds.IdlibArticle }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("'title' is 40,000 characters; the limit is 1,000", await posted.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using var sixty = await host.Http.PostAsJsonAsync("api/articles", new { id = "long-title", title = new string('t', 60_000), body = Seeds.IdlibArticle }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, sixty.StatusCode);

        // Straight onto the queue: a rejection with the reason, on the first try.
        var message = QueuesModelFactory.QueueMessage("m-long", "pop", new BinaryData(JsonSerializer.SerializeToUtf8Bytes(new { id = "long-url", url = "https://example.org/" + new string('u', 9_000), body = Seeds.IdlibArticle })), 1);
        await host.Get<IngestArticle>().Run(message, Cancel);
        var rejected = (await host.Http.GetArticleAsync("long-url"))!;
        Assert.Equal("Rejected", rejected.Status);
        Assert.Contains("'url' is 9,020 characters; the limit is 2,048", rejected.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleWithMoreQuotesThanTheCap_IsRejected_AndKeepsNothingHalfWritten()
    {
        var body = "Anna Novak spoke at length.\n" + string.Join('\n', Enumerable.Range(0, 2_500).Select(i => $"\"We settled item {i} today,\" Novak said."));

        await host.IngestSeedAsync("too-many-quotes", body);

        var article = (await host.Http.GetArticleAsync("too-many-quotes"))!;
        Assert.Equal("Rejected", article.Status);
        Assert.Contains("the limit is 2,000 per article", article.RejectionReason, StringComparison.Ordinal);
        Assert.Empty(article.Quotes);
        Assert.Empty(await IndexRowsAsync("New", "too-many-quotes"));
    }

    private async Task<QuoteResponse> PublishAsync(QuoteResponse quote)
    {
        var verified = await VerifyAsync(quote);
        // Only an Editor publishes (issue 13).
        using var published = await host.Http.TransitionAsync(verified, "publish", body: new { action = "publish", reviewer = "ed@desk" }, roles: "Editor");
        published.EnsureSuccessStatusCode();
        return await published.ReadQuoteAsync();
    }

    private async Task<QuoteResponse> VerifyAsync(QuoteResponse quote)
    {
        using var claimed = await host.Http.TransitionAsync(quote, "claim");
        claimed.EnsureSuccessStatusCode();
        using var verified = await host.Http.TransitionAsync(await claimed.ReadQuoteAsync(), "verify");
        verified.EnsureSuccessStatusCode();
        return await verified.ReadQuoteAsync();
    }

    /// <summary>The quote ids the review-queue index holds for an article in one family, read from the table itself.</summary>
    private async Task<List<string>> IndexRowsAsync(string family, string articleId)
    {
        var ids = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey gt {family + "|"} and PartitionKey lt {family + "|~"} and ArticleId eq {articleId}");
        await foreach (var row in host.Layout.QuotesByState.QueryAsync<TableEntity>(filter, select: ["QuoteId"], cancellationToken: Cancel))
        {
            ids.Add(row.GetString("QuoteId"));
        }

        return ids;
    }

    private static async Task<bool> QueueEmptyAsync(Azure.Storage.Queues.QueueClient queue) =>
        (await queue.GetPropertiesAsync(Cancel)).Value.ApproximateMessagesCount == 0;
}

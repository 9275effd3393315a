using System.Text;
using Azure.Data.Tables;
using System.Net.Http.Json;
using Azure.Storage.Queues.Models;
using QuoteCheck.Functions.Articles;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Ingestion;

/// <summary>The queue function, invoked as the host would, against Azurite.</summary>
public sealed class IngestArticleTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedArticle_IsStoredWithItsThreeAttributedQuotes()
    {
        var id = await IngestAsync(Json(new { id = "seed-idlib", body = Seeds.IdlibArticle }));

        var article = await host.Http.GetArticleAsync(id);
        Assert.NotNull(article);
        Assert.Equal("Processed", article.Status);
        Assert.Collection(
            article.Quotes,
            q =>
            {
                Assert.StartsWith("I will go to Moscow on Thursday", q.Text, StringComparison.Ordinal);
                Assert.Equal("Recep Tayyip Erdogan", q.Speaker);
            },
            q =>
            {
                Assert.StartsWith("great importance to cooperation with our Turkish partners", q.Text, StringComparison.Ordinal);
                Assert.Equal("Dmitry Peskov", q.Speaker);
            },
            q =>
            {
                Assert.StartsWith("Our militaries are in constant contact. The main thing is", q.Text, StringComparison.Ordinal);
                Assert.Equal("Dmitry Peskov", q.Speaker);
                Assert.Equal("he", q.SpeakerMention);
                Assert.Equal("Kremlin spokesman", q.Role);
            });
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, article.Text[q.Start..q.End]));
    }

    [Fact]
    public async Task SameArticleSubmittedTwice_LeavesOneArticleAndOneSetOfQuotes()
    {
        var message = Encoding.UTF8.GetBytes(Seeds.IdlibArticle);
        var first = await IngestAsync(message);
        var second = await IngestAsync(message);

        Assert.Equal(first, second);
        Assert.Equal(ArticleId.FromContent(Seeds.IdlibArticle), first);
        var rows = await host.Layout.Articles.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {first} and RowKey lt {":"}"), cancellationToken: Cancel).ToListAsync(Cancel);
        Assert.Equal(3, rows.Count);
        var listed = await host.Http.GetFromJsonAsync<ArticlePageResponse>("api/articles?pageSize=100", System.Text.Json.JsonSerializerOptions.Web, Cancel);
        Assert.Single(listed!.Items, a => a.Id == first);
    }

    [Theory]
    [InlineData("{\"id\": \"broken\", \"body\": \"unterminated", "does not parse")]
    [InlineData("{\"body\": 42}", "'body' must be a string")]
    [InlineData("{\"id\": \"empty-body\", \"body\": \"   \\n\\t \"}", "body is empty")]
    [InlineData("   \n\t  ", "body is empty")]
    [InlineData("{\"id\": \"no/slashes\", \"body\": \"text\"}", "'id' must be")]
    public async Task MessageThatCanNeverSucceed_IsRecordedAsRejectedWithItsReason(string message, string reason)
    {
        var id = await IngestAsync(Encoding.UTF8.GetBytes(message));

        var article = await host.Http.GetArticleAsync(id);
        Assert.NotNull(article);
        Assert.Equal("Rejected", article.Status);
        Assert.Contains(reason, article.RejectionReason, StringComparison.Ordinal);
        Assert.Equal(message, article.Text);
        Assert.Empty(article.Quotes);
    }

    [Fact]
    public async Task MessageThatIsNotUtf8_IsRejectedWithReason()
    {
        byte[] latin1 = [.. Encoding.Latin1.GetBytes("Caf\u00e9 owner said \"fine\"")];

        var id = await IngestAsync(latin1);

        var article = await host.Http.GetArticleAsync(id);
        Assert.Equal("Rejected", article!.Status);
        Assert.Contains("not valid UTF-8", article.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleOverTheSizeLimit_IsRejectedWithReason()
    {
        var huge = new string('a', 1_000_001);

        var id = await IngestAsync(Json(new { id = "too-long", body = huge }));

        var article = await host.Http.GetArticleAsync(id);
        Assert.Equal("Rejected", article!.Status);
        Assert.Contains("the limit is 1,000,000", article.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReExtraction_KeepsReviewStateOfQuotesFoundAgain_AndMarksVanishedOnes()
    {
        const string id = "re-extract";
        await IngestAsync(Json(new { id, body = Seeds.IdlibArticle }));
        var first = (await host.Http.GetArticleAsync(id))!.Quotes;
        var reviewed = first[0];
        await host.Layout.Articles.UpdateEntityAsync(new TableEntity(id, reviewed.QuoteId) { ["State"] = "Verified" }, Azure.ETag.All, TableUpdateMode.Merge, Cancel);

        // The same article, corrected: the paragraph with the last quote is gone.
        var edited = string.Join('\n', Seeds.IdlibArticle.Split('\n').Where(line => !line.Contains("Our militaries", StringComparison.Ordinal)));
        await IngestAsync(Json(new { id, body = edited }));

        var quotes = (await host.Http.GetArticleAsync(id))!.Quotes;
        Assert.Equal("Verified", quotes.Single(q => q.QuoteId == reviewed.QuoteId).State);
        Assert.Contains(quotes, q => q.Vanished && q.Text.StartsWith("Our militaries", StringComparison.Ordinal));
        var queue = await host.Http.ListQuotesAsync($"articleId={id}");
        Assert.DoesNotContain(queue.Items, q => q.Vanished);
    }

    [Fact]
    public async Task ArticleTooLargeForAQueueMessage_GoesThroughBlobStorage_AndIsStoredWhole()
    {
        // ~500,000 characters: over the queue message limit (claim check) and over what a table row holds.
        var paragraphs = Enumerable.Range(0, 2600).Select(i => i % 2 == 0
            ? $"\"Paragraph {i} is on the record,\" the archivist said. Background text follows here for length, line {i}."
            : $"Paragraph {i} is background the archivist did not comment on; it is here for length, line {i} of many.");
        var body = string.Join('\n', paragraphs);
        var queued = await host.Get<ArticleQueueSender>().SendAsync(new ArticleSubmission { Id = "huge", Body = body }, Cancel);

        var article = await Eventually.GetAsync(() => host.Http.GetArticleAsync("huge"), "the large article to be processed");

        Assert.True(queued.ViaBlob);
        Assert.Equal("Processed", article.Status);
        Assert.Equal(body, article.Text);
        Assert.Equal(1300, article.Quotes.Count);
    }

    [Fact]
    public async Task BlobReferenceThatDoesNotExist_IsRejectedWithReason()
    {
        var missing = new Uri(host.Layout.Container.Uri + "/incoming/never-uploaded.txt");

        await IngestAsync(Json(new { id = "missing-blob", blobUri = missing }));

        var article = await host.Http.GetArticleAsync("missing-blob");
        Assert.Equal("Rejected", article!.Status);
        Assert.Contains("does not exist", article.RejectionReason, StringComparison.Ordinal);
        Assert.Contains("never-uploaded.txt", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlobReferenceOutsideTheArticlesContainer_IsRejectedWithReason()
    {
        await IngestAsync(Json(new { id = "foreign-blob", blobUri = "https://example.invalid/other/article.txt" }));

        var article = await host.Http.GetArticleAsync("foreign-blob");
        Assert.Equal("Rejected", article!.Status);
        Assert.Contains("must name a blob in this app's", article.RejectionReason, StringComparison.Ordinal);
    }

    private async Task<string> IngestAsync(byte[] body)
    {
        var message = QueuesModelFactory.QueueMessage("m-" + Guid.NewGuid().ToString("N"), "pop", new BinaryData(body), dequeueCount: 1);
        await host.Get<IngestArticle>().Run(message, Cancel);
        return RecordedId(body);
    }

    /// <summary>The id the trigger files a message under: its own id, else the hash of its body (or of its bytes when it has none).</summary>
    private static string RecordedId(byte[] body) => ArticleMessageParser.Parse(body) switch
    {
        ParsedMessage.Rejected rejected => rejected.ArticleId,
        ParsedMessage.Accepted { Submission: var submission } => submission.Id ?? ArticleId.FromContent(submission.Body!),
        _ => throw new InvalidOperationException(),
    };

    private static byte[] Json(object value) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value);

}

using System.Net;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Api;

/// <summary>The read API over HTTP, as served by the local host, after the seed article was ingested.</summary>
public sealed class QuotesApiTests(QuotesApiTests.Fixture host) : IClassFixture<QuotesApiTests.Fixture>
{
    private const string ArticleId = "api-seed";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewQuotes_AreListedWithArticleIdSpeakerOffsetsAndCue()
    {
        var page = await host.Http.ListQuotesAsync("state=New");
        var article = (await host.Http.GetArticleAsync(ArticleId))!;

        Assert.Equal(3, page.Items.Count);
        Assert.All(page.Items, q =>
        {
            Assert.Equal(ArticleId, q.ArticleId);
            Assert.Equal("New", q.State);
            Assert.False(string.IsNullOrEmpty(q.Speaker));
            Assert.False(string.IsNullOrEmpty(q.Cue));
            Assert.Equal(q.Text, article.Text[q.Start..q.End]);
            Assert.Equal(q.Cue, article.Text[q.CueStart!.Value..q.CueEnd!.Value]);
        });
    }

    [Fact]
    public async Task Paging_WalksEveryQuoteOnceInReadingOrder()
    {
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await host.Http.ListQuotesAsync($"state=New&pageSize=1{(token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token))}");
            seen.AddRange(page.Items.Select(q => q.QuoteId));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(3, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Quote_IsReturnedWithItsETag()
    {
        var listed = (await host.Http.ListQuotesAsync("state=New")).Items[0];

        using var response = await host.Http.GetAsync($"api/quotes/{ArticleId}/{listed.QuoteId}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(listed.ETag, response.Headers.ETag.ToString());
    }

    [Theory]
    [InlineData("api/quotes/api-seed/0000000-00000000")]
    [InlineData("api/quotes/no-such-article/0000001-deadbeef")]
    [InlineData("api/articles/no-such-article")]
    public async Task UnknownIds_Get404ProblemDetails(string path)
    {
        using var response = await host.Http.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("state=Approved", "Unknown state")]
    [InlineData("state=1", "Unknown state")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("continuationToken=not-a-token", "continuationToken")]
    public async Task BadQueryParameters_Get400SayingWhatIsWrong(string query, string complaint)
    {
        using var response = await host.Http.GetAsync($"api/quotes?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains(complaint, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContinuationToken_FromAnotherQuery_IsRefused()
    {
        var token = (await host.Http.ListQuotesAsync("state=New&pageSize=1")).ContinuationToken!;

        using var response = await host.Http.GetAsync($"api/quotes?state=InReview&pageSize=1&continuationToken={Uri.EscapeDataString(token)}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("Dmitry Peskov' or PartitionKey ne 'x")]
    [InlineData("x' or 1 eq 1 or SpeakerKey eq '")]
    [InlineData("dmitry peskov') or (true")]
    public async Task FilterValuesWithQuotesAndOperators_CannotWidenTheQuery(string speaker)
    {
        var page = await host.Http.ListQuotesAsync($"state=New&speaker={Uri.EscapeDataString(speaker)}");

        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task SpeakerFilter_MatchesCaseInsensitively()
    {
        var page = await host.Http.ListQuotesAsync("speaker=dmitry%20peskov");

        Assert.Equal(2, page.Items.Count);
        Assert.All(page.Items, q => Assert.Equal("Dmitry Peskov", q.Speaker));
    }

    /// <summary>The local host with the seed article ingested once.</summary>
    public sealed class Fixture : LocalHostFixture
    {
        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            var body = JsonSerializer.SerializeToUtf8Bytes(new { id = ArticleId, body = Seeds.IdlibArticle });
            await Get<IngestArticle>().Run(QueuesModelFactory.QueueMessage("m1", "pop", new BinaryData(body), 1), TestContext.Current.CancellationToken);
        }
    }
}

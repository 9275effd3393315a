using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using QuoteCheck.Functions.Articles;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Api;

/// <summary>Submitting and listing articles over HTTP, through the real queue listener.</summary>
public sealed class ArticlesApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostedArticle_IsQueuedAndProcessed()
    {
        using var response = await host.Http.PostAsJsonAsync("api/articles", new { id = "posted-seed", title = "Idlib", body = Seeds.IdlibArticle }, Cancel);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/articles/posted-seed", response.Headers.Location?.ToString());
        var article = await Eventually.GetAsync(() => host.Http.GetArticleAsync("posted-seed"), "the posted article to be processed");
        Assert.Equal("Processed", article.Status);
        Assert.Equal("Idlib", article.Title);
        Assert.Equal(3, article.Quotes.Count);
    }

    [Fact]
    public async Task PostedPlainText_IsTheBody_AndItsIdIsTheContentHash()
    {
        const string text = "\"We will rebuild,\" the mayor said on Monday.";

        using var response = await host.Http.PostAsync("api/articles", new StringContent(text, Encoding.UTF8, "text/plain"), Cancel);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<SubmitArticleResponse>(JsonSerializerOptions.Web, Cancel);
        Assert.Equal(QuoteCheck.Core.Articles.ArticleId.FromContent(text), body!.ArticleId);
    }

    [Theory]
    [InlineData("{\"body\": ", "does not parse")]
    [InlineData("{\"body\": \"  \"}", "body is empty")]
    [InlineData("", "body is empty")]
    [InlineData("{\"body\": \"x\", \"publishedAt\": \"yesterday\"}", "'publishedAt' must be")]
    public async Task InvalidArticle_Gets400WithTheReason_AndNothingIsQueued(string payload, string reason)
    {
        using var response = await host.Http.PostAsync("api/articles", new StringContent(payload, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleOverTheLimit_Gets413()
    {
        using var response = await host.Http.PostAsJsonAsync("api/articles", new { body = new string('x', 1_000_001) }, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ArticleList_IsNewestFirst_AndFiltersByStatus()
    {
        await host.Http.PostAsync("api/articles", new StringContent("{\"id\": \"list-first\", \"body\": \"\\\"One,\\\" she said.\"}", Encoding.UTF8, "application/json"), Cancel);
        await Eventually.GetAsync(() => host.Http.GetArticleAsync("list-first"), "list-first");
        var raw = new Azure.Storage.Queues.QueueClient("UseDevelopmentStorage=true", host.Queue, new Azure.Storage.Queues.QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.Base64 });
        await raw.SendMessageAsync("{\"id\": \"list-second\", \"body\": 7}", Cancel);
        await Eventually.GetAsync(() => host.Http.GetArticleAsync("list-second"), "list-second");

        var all = await host.Http.GetFromJsonAsync<ArticlePageResponse>("api/articles?pageSize=100", JsonSerializerOptions.Web, Cancel);
        var rejected = await host.Http.GetFromJsonAsync<ArticlePageResponse>("api/articles?status=rejected", JsonSerializerOptions.Web, Cancel);

        var ids = all!.Items.Select(a => a.Id).ToList();
        Assert.True(ids.IndexOf("list-second") < ids.IndexOf("list-first"), "newest first");
        Assert.Contains(rejected!.Items, a => a.Id == "list-second" && a.RejectionReason!.Contains("'body' must be a string", StringComparison.Ordinal));
        Assert.DoesNotContain(rejected.Items, a => a.Status != "Rejected");
    }
}

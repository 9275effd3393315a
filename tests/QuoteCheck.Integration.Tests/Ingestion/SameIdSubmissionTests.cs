using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using QuoteCheck.Functions.Articles;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Ingestion;

/// <summary>
/// Two <c>POST /api/articles</c> with the same id in quick succession, through the real queue listener: the per-article
/// serialisation settles them inside one delivery each (the loser of the race re-reads in process: no failed try, no
/// host retry), and
/// nothing is lost — two texts become two versions, one text twice stays one version. Large bodies too, which travel
/// through blob storage.
/// </summary>
public sealed class SameIdSubmissionTests(SameIdSubmissionTests.Fixture host) : IClassFixture<SameIdSubmissionTests.Fixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("quick-inline", 1)]
    [InlineData("quick-large", 16)]
    public async Task TwoTextsPostedAtOnce_BecomeTwoVersions_WithoutAFailedTry(string id, int repeat)
    {
        var first = string.Concat(Enumerable.Repeat(Seeds.IdlibArticle + "\n\n", repeat));
        var second = first + "\"We will meet again on Friday,\" the minister said.";

        var posted = await Task.WhenAll(PostAsync(id, first), PostAsync(id, second));

        Assert.All(posted, status => Assert.Equal(HttpStatusCode.Accepted, status));
        var article = await Eventually.GetAsync(
            async () => await host.Http.GetArticleAsync(id) is { Versions.Count: 2 } both ? both : null,
            $"both texts of {id} to be stored");
        var texts = new List<string>();
        foreach (var version in article.Versions)
        {
            var stored = await host.Http.GetFromJsonAsync<ArticleVersionResponseText>($"api/articles/{id}/versions/{version.Version}", JsonSerializerOptions.Web, Cancel);
            texts.Add(stored!.Text);
        }

        Assert.Equal([first, second], texts.Order(StringComparer.Ordinal));
        AssertNoFailedTry(id);
    }

    [Fact]
    public async Task TheSameTextPostedTwiceAtOnce_IsOneVersion_WithoutAFailedTry()
    {
        const string id = "quick-same";

        var posted = await Task.WhenAll(PostAsync(id, Seeds.IdlibArticle), PostAsync(id, Seeds.IdlibArticle));

        Assert.All(posted, status => Assert.Equal(HttpStatusCode.Accepted, status));
        // The approximate count includes messages being processed: zero means both deliveries are done.
        var queue = host.Layout.ArticlesQueue;
        var article = await Eventually.GetAsync(
            async () => (await queue.GetPropertiesAsync(Cancel)).Value.ApproximateMessagesCount == 0 ? await host.Http.GetArticleAsync(id) : null,
            "both deliveries to be done");
        Assert.Equal(1, Assert.Single(article.Versions).Version);
        Assert.Equal(3, article.Quotes.Count);
        AssertNoFailedTry(id);
    }

    private async Task<HttpStatusCode> PostAsync(string id, string body)
    {
        using var response = await host.Http.PostAsJsonAsync("api/articles", new { id, title = "Idlib", body }, Cancel);
        return response.StatusCode;
    }

    /// <summary>No try of a delivery failed: ingestion logged no failure, and the host ran no ingestion that failed.</summary>
    private void AssertNoFailedTry(string id)
    {
        var failures = host.Logs.Records
            .Where(r => r.Level >= LogLevel.Warning)
            .Where(r => r.Template is { } t && t.Contains("failed on try", StringComparison.Ordinal)
                || r.Message.Contains("(Failed", StringComparison.Ordinal)
                || r.Message.Contains("MaxDequeueCount", StringComparison.Ordinal))
            .Select(r => $"{r.Category}: {r.Message}")
            .ToList();
        Assert.True(failures.Count == 0, $"deliveries of {id} failed a try:\n{string.Join('\n', failures)}");
    }

    /// <summary>The text of one version, as <c>GET /api/articles/{id}/versions/{n}</c> answers.</summary>
    private sealed record ArticleVersionResponseText(string ArticleId, int Version, string Text);

    /// <summary>The local host with a log collector for every category from Information up.</summary>
    public sealed class Fixture : LocalHostFixture
    {
        public IngestionLoggingTests.LogCollector Logs { get; } = new();

        protected override void Configure(WebApplicationBuilder builder)
        {
            builder.Logging.AddProvider(Logs);
            builder.Logging.AddFilter<IngestionLoggingTests.LogCollector>(null, LogLevel.Information);
        }
    }
}

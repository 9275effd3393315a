using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests;

/// <summary>The whole pipeline as a user runs it: a message on the queue, the listener, the store, the HTTP API.</summary>
public sealed class EndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedArticleSubmittedThroughTheQueue_ComesOutAsAttributedQuotesOverHttp()
    {
        var submission = await ArticleQueueSender.ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "idlib-erdogan-putin.txt"), Cancel);
        var queued = await host.Get<ArticleQueueSender>().SendAsync(submission, Cancel);

        var article = await Eventually.GetAsync(() => host.Http.GetArticleAsync(queued.ArticleId), $"article {queued.ArticleId} to be processed");

        Assert.Equal("Processed", article.Status);
        Assert.Equal(
            ["Recep Tayyip Erdogan", "Dmitry Peskov", "Dmitry Peskov"],
            article.Quotes.Select(q => q.Speaker));
        var listed = await host.Http.ListQuotesAsync($"state=New&articleId={queued.ArticleId}");
        Assert.Equal(article.Quotes.Select(q => q.QuoteId), listed.Items.Select(q => q.QuoteId));
    }
}

using Azure.Storage.Queues;
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

    [Fact]
    public async Task MessageTheHostCannotDecode_EndsInThePoisonQueue()
    {
        // A third-party client sending plain text where host.json promises base64.
        var raw = new QueueClient("UseDevelopmentStorage=true", host.Queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        const string text = "Not base64: \"A quote,\" he said.";
        await raw.SendMessageAsync(text, Cancel);

        var poison = new QueueClient("UseDevelopmentStorage=true", host.Queue + "-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var poisoned = await Eventually.GetAsync(
            async () => (await poison.PeekMessagesAsync(10, Cancel)).Value.FirstOrDefault(m => m.Body.ToString() == text),
            "the undecodable message to reach the poison queue",
            TimeSpan.FromSeconds(90));

        Assert.Equal(text, poisoned.Body.ToString());
        Assert.Equal(0, (await raw.GetPropertiesAsync(Cancel)).Value.ApproximateMessagesCount);
    }
}

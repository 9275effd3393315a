using System.CommandLine;
using Azure.Storage.Queues;
using QuoteCheck.Cli.Commands;
using System.Net.Http.Json;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests;

/// <summary>
/// A third-party producer sends plain text where host.json promises base64: the host parks it in the
/// poison queue (never lost), <c>quotecheck poison</c> shows it, and replaying it encoded gets it processed.
/// </summary>
public sealed class PoisonTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlainTextMessage_IsPoisoned_ListedAndReplayedIntoAnArticle()
    {
        const string text = "\"We will reopen the bridge by Friday,\" the mayor said.";
        var raw = new QueueClient("UseDevelopmentStorage=true", host.Queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await raw.SendMessageAsync(text, Cancel);

        var poison = new QueueClient("UseDevelopmentStorage=true", host.Queue + "-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await Eventually.GetAsync(
            async () => (await poison.PeekMessagesAsync(10, Cancel)).Value.FirstOrDefault(m => m.Body.ToString() == text),
            "the undecodable message to reach the poison queue");
        await Eventually.GetAsync(
            async () => (await raw.GetPropertiesAsync(Cancel)).Value.ApproximateMessagesCount == 0 ? "empty" : null,
            "the message to leave the articles queue");

        var overHttp = await host.Http.GetFromJsonAsync<PoisonPageResponse>("api/poison", System.Text.Json.JsonSerializerOptions.Web, Cancel);
        Assert.Contains(overHttp!.Items, m => !m.IsBase64 && m.Text == text);

        var listed = await RunAsync("list");
        Assert.Contains("NOT base64", listed, StringComparison.Ordinal);
        Assert.Contains("We will reopen the bridge", listed, StringComparison.Ordinal);

        var refused = await RunAsync("replay", "--all");
        Assert.Contains("0 replayed", refused, StringComparison.Ordinal);
        Assert.Contains("--encode", refused, StringComparison.Ordinal);

        var replayed = await RunAsync("replay", "--all", "--encode");
        Assert.Contains("1 replayed", replayed, StringComparison.Ordinal);

        var article = await Eventually.GetAsync(() => host.Http.GetArticleAsync(ArticleId.FromContent(text)), "the replayed article to be processed");
        Assert.Equal("Processed", article.Status);
        Assert.Equal(text, article.Text);
        Assert.Empty((await poison.PeekMessagesAsync(10, Cancel)).Value);
    }

    private Task<string> RunAsync(params string[] args) => PoisonCli.RunAsync(host, args);
}

/// <summary>
/// The poison drain turns what the host gave up on into records (with its own queue and tables, so the records
/// it leaves never meet another class's <c>replay --all</c>).
/// </summary>
public sealed class PoisonDrainTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PoisonMessages_AreDrainedIntoRecords_WithReasonAndTries_AndReplayFromThem()
    {
        // A message that failed every try (its failure noted by ingestion), and one a producer sent as plain text.
        var failing = System.Text.Encoding.UTF8.GetBytes("{\"id\": \"drained-1\", \"body\": \"\\\"We will reopen the bridge by Friday,\\\" the mayor said.\"}");
        await host.Get<QuoteCheck.Functions.Storage.PoisonRecords>().NoteFailureAsync(failing, 5, "RequestFailedException: Service unavailable", DateTimeOffset.UtcNow, Cancel);
        var poison = new QueueClient("UseDevelopmentStorage=true", host.Queue + "-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await poison.CreateIfNotExistsAsync(cancellationToken: Cancel);
        var sent = (await poison.SendMessageAsync(Convert.ToBase64String(failing), Cancel)).Value;
        await poison.SendMessageAsync("plain text a producer sent", Cancel);

        var drained = await host.Get<PoisonDrain>().DrainAsync(Cancel);

        Assert.True(drained >= 2);
        Assert.Empty((await poison.PeekMessagesAsync(10, Cancel)).Value);
        var record = (await host.Http.GetArticleAsync("drained-1"))!;
        Assert.Equal("Rejected", record.Status);
        Assert.Equal(5, record.DequeueCount);
        Assert.Contains("gave up after 5 tries", record.RejectionReason, StringComparison.Ordinal);
        Assert.Contains("Service unavailable", record.RejectionReason, StringComparison.Ordinal);
        var overHttp = await host.Http.GetFromJsonAsync<PoisonPageResponse>("api/poison", System.Text.Json.JsonSerializerOptions.Web, Cancel);
        Assert.Contains(overHttp!.Drained, d => d.MessageId == sent.MessageId && d.ArticleId == "drained-1" && d.DequeueCount == 5);
        Assert.Contains(overHttp.Drained, d => !d.IsBase64 && d.Text == "plain text a producer sent" && d.Reason.Contains("not base64", StringComparison.Ordinal));
        Assert.Contains(sent.MessageId, await RunAsync("list"), StringComparison.Ordinal);

        var replayed = await RunAsync("replay", sent.MessageId);

        Assert.Contains("1 replayed", replayed, StringComparison.Ordinal);
        var article = await Eventually.GetAsync(async () => await host.Http.GetArticleAsync("drained-1") is { Status: "Processed" } a ? a : null, "the replayed record to be processed");
        Assert.Single(article.Quotes);
    }

    private Task<string> RunAsync(params string[] args) => PoisonCli.RunAsync(host, args);
}

/// <summary>Runs <c>quotecheck poison …</c> against a fixture's queue and tables.</summary>
internal static class PoisonCli
{
    public static async Task<string> RunAsync(LocalHostFixture host, params string[] args)
    {
        var output = new StringWriter();
        var root = new RootCommand { PoisonCommand.Create() };
        var exit = await root.Parse(["poison", .. args, "--queue", host.Queue, "--table-prefix", host.TablePrefix]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
        Assert.True(exit == 0, $"poison {string.Join(' ', args)} exited {exit}: {output}");
        return output.ToString();
    }
}

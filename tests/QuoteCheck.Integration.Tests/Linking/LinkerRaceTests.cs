using System.Collections.Concurrent;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QuoteCheck.Functions.Linking;
using QuoteCheck.Functions.Storage;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;

namespace QuoteCheck.Integration.Tests.Linking;

/// <summary>
/// Runs an action the moment the linker first touches a speaker's rows (after it read the article's quotes, before it
/// writes their list rows), then records every write to the review-queue index.
/// </summary>
public sealed class MidLinkAction : RequestObserver
{
    private Func<Task>? _action;

    public string IndexTable { get; set; } = "QuotesByState";

    public ConcurrentQueue<string> IndexWrites { get; } = new();

    public bool Fired { get; private set; }

    private volatile bool _recording;

    public void Arm(Func<Task> action) => _action = action;

    protected override void Observe(HttpMessage message)
    {
        var path = Uri.UnescapeDataString(message.Request.Uri.Path);
        if (path.Contains("Speakers", StringComparison.Ordinal) && Interlocked.Exchange(ref _action, null) is { } action)
        {
            // Synchronously, as if the other writer got there in between: the linker's request waits for it.
            Task.Run(action).GetAwaiter().GetResult();
            Fired = true;
            _recording = true;
            return;
        }

        if (_recording && message.Request.Method != RequestMethod.Delete && message.Request.Method != RequestMethod.Get
            && (path.Contains(IndexTable, StringComparison.Ordinal) || (path.EndsWith("/$batch", StringComparison.Ordinal) && Body(message).Contains(IndexTable + "(", StringComparison.Ordinal))))
        {
            IndexWrites.Enqueue(path + "\n" + Body(message));
        }
    }

    private static string Body(HttpMessage message)
    {
        if (message.Request.Content is not { } content)
        {
            return string.Empty;
        }

        using var stream = new MemoryStream();
        content.WriteTo(stream, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

/// <summary>The local host with its background linker off (tests run the linker themselves) and <see cref="MidLinkAction"/> on its storage clients.</summary>
public sealed class LinkerRaceFixture : LocalHostFixture
{
    public MidLinkAction Storage { get; } = new();

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [LinkArticle.DisabledSetting] = "true" });
        Storage.IndexTable = TablePrefix + "QuotesByState";
        builder.Services.Replace(ServiceDescriptor.Singleton(sp => StorageConnection.FromConfiguration(sp.GetRequiredService<IConfiguration>(), pipelinePolicy: Storage)));
    }
}

/// <summary>A quote claimed while its article is being linked never goes back into the New list.</summary>
public sealed class LinkerRaceTests(LinkerRaceFixture host) : IClassFixture<LinkerRaceFixture>
{
    [Fact]
    public async Task AQuoteClaimedWhileItsArticleIsLinked_IsNeverWrittenBackIntoTheNewList()
    {
        var quotes = await host.IngestSeedAsync("race-claim");
        var quote = quotes[0];
        host.Storage.Arm(async () =>
        {
            using var claimed = await host.Http.TransitionAsync(quote, "claim");
            claimed.EnsureSuccessStatusCode();
        });

        await host.Get<ArticleLinker>().LinkArticleAsync("race-claim", TestContext.Current.CancellationToken);

        Assert.True(host.Storage.Fired, "the claim should have run while the article was being linked");
        Assert.DoesNotContain(host.Storage.IndexWrites, w => w.Contains("New|", StringComparison.Ordinal) && w.Contains(quote.QuoteId, StringComparison.Ordinal));

        // The review queue itself (its index rows, which the linker writes), not one article's quote rows.
        Assert.DoesNotContain((await host.Http.ListQuotesAsync("state=New&pageSize=100")).Items, q => q.ArticleId == "race-claim" && q.QuoteId == quote.QuoteId);
        var claimed = Assert.Single((await host.Http.ListQuotesAsync("state=InReview&pageSize=100")).Items, q => q.ArticleId == "race-claim");
        Assert.Equal(quote.QuoteId, claimed.QuoteId);
        Assert.NotNull(claimed.IdentityId);
    }
}

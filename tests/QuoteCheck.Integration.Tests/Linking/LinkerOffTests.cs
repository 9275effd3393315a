using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using QuoteCheck.Functions.Linking;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;

namespace QuoteCheck.Integration.Tests.Linking;

/// <summary>The local host with the linker switched off the Functions way (<c>AzureWebJobs.LinkArticle.Disabled</c>), as <c>quotecheck load --ingestion-only</c> runs it.</summary>
public sealed class LinkerOffFixture : LocalHostFixture
{
    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [LinkArticle.DisabledSetting] = "true" });
}

/// <summary>Switching the linker off stops linking only: articles are stored and their link requests wait in their queue.</summary>
public sealed class LinkerOffTests(LinkerOffFixture host) : IClassFixture<LinkerOffFixture>
{
    [Fact]
    public async Task WithTheLinkerOff_ArticlesAreStored_AndTheirLinkRequestsWait()
    {
        var quotes = await host.IngestSeedAsync("linker-off");
        Assert.Equal(3, quotes.Count);

        // Linking on, a seed's quotes are linked within a second or two (the other linking tests wait for it).
        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        var waiting = (await host.Layout.LinkQueue.GetPropertiesAsync(TestContext.Current.CancellationToken)).Value.ApproximateMessagesCount;
        Assert.Equal(1, waiting);
        Assert.All(quotes, q => Assert.Null(q.IdentityId));
        Assert.Null((await host.Http.GetQuoteAsync(quotes[0])).IdentityId);
    }
}

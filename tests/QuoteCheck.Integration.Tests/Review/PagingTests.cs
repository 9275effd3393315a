using System.Text;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Review;

/// <summary>Paging stays stable while reviewers move quotes between states.</summary>
public sealed class PagingTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task PagingThroughTheQueueWhileQuotesChangeState_NeverRepeatsOrSkipsAQuoteThatStayed()
    {
        var article = new StringBuilder();
        for (var i = 0; i < 12; i++)
        {
            article.Append(System.Globalization.CultureInfo.InvariantCulture, $"\"Point number {i} stands,\" Mayor Maria Lopez said.\n");
        }

        var quotes = await host.IngestSeedAsync("paging", article.ToString());
        Assert.Equal(12, quotes.Count);

        var seen = new List<string>();
        var moved = new HashSet<string>();
        var page = await host.Http.ListQuotesAsync("state=New&pageSize=5");
        seen.AddRange(page.Items.Select(q => q.QuoteId));

        // Between pages, reviewers claim one quote already listed and two not yet listed.
        foreach (var quote in new[] { page.Items[0], quotes[7], quotes[10] })
        {
            using var claimed = await host.Http.TransitionAsync(quote, "claim");
            Assert.Equal(System.Net.HttpStatusCode.OK, claimed.StatusCode);
            moved.Add(quote.QuoteId);
        }

        while (page.ContinuationToken is { } token)
        {
            page = await host.Http.ListQuotesAsync($"state=New&pageSize=5&continuationToken={Uri.EscapeDataString(token)}");
            seen.AddRange(page.Items.Select(q => q.QuoteId));
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        var stayed = quotes.Select(q => q.QuoteId).Where(id => !moved.Contains(id));
        Assert.All(stayed, id => Assert.Contains(id, seen));
        Assert.DoesNotContain(quotes[7].QuoteId, seen);
        Assert.DoesNotContain(quotes[10].QuoteId, seen);
    }
}

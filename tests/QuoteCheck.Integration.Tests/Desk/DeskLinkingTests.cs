using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Queues.Models;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Quotes;
using QuoteCheck.Functions.Review;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Linking;
using QuoteCheck.Integration.Tests.Review;
using static Microsoft.Playwright.Assertions;

namespace QuoteCheck.Integration.Tests.Desk;

/// <summary>
/// The same quote across articles in the desk (headless Chromium against the local host): a copy that arrived
/// previously decided is listed first and says so, "also quoted in N articles" links the copies, the verdict is
/// applied to the matches in one click, and the speaker's page lists their quotes; each view scanned with axe-core.
/// </summary>
public sealed class DeskLinkingTests(LocalHostFixture host, ChromiumFixture chromium)
    : IClassFixture<LocalHostFixture>, IClassFixture<ChromiumFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReviewer_TakesThePreviouslyDecidedFirst_FollowsTheMatches_AppliesTheVerdict_AndOpensTheSpeakersPage()
    {
        if (chromium.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        SetDefaultExpectTimeout(30_000);

        // Otto verifies Erdogan's line in the seed; then a wire story reprints it.
        var origin = Erdogan(await IngestAsync("desk-link-seed", "Erdogan to meet Putin", "Seed Wire", Seeds.IdlibArticle));
        await Eventually.GetAsync(async () => await host.Http.GetQuoteAsync(origin) is { IdentityId: not null } q ? q : null, "the seed to be linked");
        var claimed = await (await host.Http.TransitionAsync(origin, "claim", body: new { action = "claim" }, user: "Otto Other")).ReadQuoteAsync();
        await host.Http.TransitionAsync(claimed, "verify", body: new { action = "verify" }, user: "Otto Other");
        var copy = Erdogan(await IngestAsync("desk-link-copy", "Erdogan flies to Moscow", "Other Wire", LinkingTestBase.WireStory));
        await Eventually.GetAsync(async () => await host.Http.GetQuoteAsync(copy) is { PreviouslyDecided: not null } q ? q : null, "the copy to arrive previously decided");
        await Eventually.GetAsync(
            async () => await host.Http.ListQuotesAsync("state=New&previouslyDecided=true") is { } listed && listed.Items.Any(q => q.ArticleId == copy.ArticleId && q.PreviouslyDecided is not null) ? listed : null,
            "the review queue's index to list the copy as previously decided");

        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "api/desk").ToString());
        await page.GetByLabel("Your name").FillAsync("Rita Reviewer");
        await page.GetByLabel("Previously decided first").CheckAsync();

        // The copy is first in the queue, marked, and says by whom and how it was decided.
        var first = page.Locator(".queue-item").First;
        await Expect(first.Locator(".badge.prior")).ToHaveTextAsync("Previously Verified");
        await first.ClickAsync();
        await Expect(page.Locator("#quote-text")).ToHaveTextAsync(copy.Text);
        await Expect(Fact(page, "Previously decided")).ToHaveTextAsync(new Regex("^previously decided: Verified by Otto Other on \\d{4}-\\d{2}-\\d{2}$"));
        await Expect(page.Locator("#matches-heading")).ToHaveTextAsync("Also quoted in 1 other article");
        await ExpectAccessibleAsync(page, "a quote with its matches");

        // Its match links to the origin, which offers its verdict to the copy.
        await page.Locator("#matches").GetByRole(AriaRole.Link, new() { Name = "Erdogan to meet Putin · Seed Wire" }).ClickAsync();
        await Expect(page.Locator("#quote-text")).ToHaveTextAsync(origin.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply “Verified” to 1 undecided match" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("1 of 1 match now Verified; each was checked on its own.");
        await Expect(page.Locator("#matches .badge")).ToHaveTextAsync(["Verified"]);
        var history = await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/{copy.ArticleId}/{copy.QuoteId}/history", JsonSerializerOptions.Web, Cancel);
        Assert.Equal([("claim", "Rita Reviewer"), ("verify", "Rita Reviewer")], history!.Items.Select(e => (e.Action, e.Reviewer)));
        Assert.All(history.Items, e => Assert.Equal(new AppliedFromResponse(origin.ArticleId, origin.QuoteId, "Otto Other"), e.AppliedFrom));

        // The speaker's page: their quotes across articles with the counts.
        await Fact(page, "Speaker").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#quote-heading")).ToHaveTextAsync($"Speaker: {origin.Speaker}");
        await Expect(page.Locator("#speaker-summary")).ToContainTextAsync("Verified: ");
        await Expect(page.Locator("#speaker-quotes").GetByRole(AriaRole.Link, new() { Name = $"“{origin.Text[..60]}", Exact = false })).ToHaveCountAsync(1);
        await ExpectAccessibleAsync(page, "a speaker's page");
    }

    private static QuoteResponse Erdogan(IReadOnlyList<QuoteResponse> quotes) => quotes.Single(q => q.Text.Contains("Moscow on Thursday", StringComparison.Ordinal));

    private static ILocator Fact(IPage page, string term) =>
        page.Locator("#quote-facts > div").Filter(new() { Has = page.Locator("dt", new() { HasTextRegex = new Regex($"^{Regex.Escape(term)}$") }) }).Locator("dd");

    private async Task<IReadOnlyList<QuoteResponse>> IngestAsync(string articleId, string title, string source, string body)
    {
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id = articleId, title, source, body });
        await host.Get<IngestArticle>().Run(QueuesModelFactory.QueueMessage("m-" + articleId, "pop", new BinaryData(message), 1), Cancel);
        return (await host.Http.GetArticleAsync(articleId))!.Quotes;
    }

    private static async Task ExpectAccessibleAsync(IPage page, string view)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"axe-core found in {view}: " + string.Join("; ", blocking.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Queues.Models;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Quotes;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;
using static Microsoft.Playwright.Assertions;

namespace QuoteCheck.Integration.Tests.Desk;

/// <summary>
/// The reviewer's desk in headless Chromium against the local host on Azurite: what a fact-checker sees and
/// does, from the queue to the decision, including someone else getting there first, at 1280×800 and on a
/// phone-sized screen, with an axe-core accessibility scan of each view.
/// </summary>
public sealed class DeskBrowserTests(LocalHostFixture host, ChromiumFixture chromium)
    : IClassFixture<LocalHostFixture>, IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    /// <summary>
    /// Set to a file path to save a screenshot of the quote view at 1280×800 there, and of the narrow layout beside it
    /// as <c>desk-narrow.png</c> (how docs/desk.png and docs/desk-narrow.png are made).
    /// </summary>
    public const string ScreenshotVariable = "QUOTECHECK_DESK_SCREENSHOT";

    private const string SeedTitle = "Erdogan to meet Putin in Moscow over Idlib";
    private const string SeedSource = "Wire service";

    /// <summary>Three quotes the extractor is not equally sure of, for the triage order.</summary>
    private const string MixedConfidenceArticle = """
        Council approves new bridge budget

        The city council on Tuesday approved the budget for the new river bridge after a long debate.

        "We have waited ten years for this," said Mayor Anna Berg, who had campaigned on the project.

        Critics called the plan "a bridge to nowhere" and said the money should go to schools.

        "It will carry twelve thousand cars a day," he said.
        """;

    private IBrowserContext? _context;

    public async ValueTask InitializeAsync()
    {
        if (chromium.SkipReason is null)
        {
            // Expect() waits for the page to get there; generous, because a CI machine can be slow. Never a timing assertion.
            SetDefaultExpectTimeout(30_000);
            _context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "en-GB" });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reviewer_WorksThroughTheSeedArticle_WithTheKeyboardAndButtons()
    {
        var quotes = await IngestAsync("desk-review", SeedTitle, SeedSource, Seeds.IdlibArticle);
        Assert.Equal(3, quotes.Count);
        var page = await OpenDeskAsync("desk-review");

        await Expect(page.Locator(".queue-item")).ToHaveCountAsync(3);
        await Expect(page.Locator("#queue-summary")).ToHaveTextAsync("3 quotes in New, article desk-review, newest first.");

        // Each card tells similar quotes apart: the article's title and source, the kind, the confidence.
        var first = page.Locator(".queue-item").First;
        await Expect(first.Locator(".queue-article")).ToHaveTextAsync($"{SeedTitle} · {SeedSource}");
        await Expect(first.Locator(".badge.kind")).ToHaveTextAsync(quotes[0].Kind);
        await Expect(first.Locator(".badge.confidence")).ToContainTextAsync($"{Math.Round(quotes[0].Confidence * 100)}%");
        await Expect(page.Locator(".queue-item .badge.kind")).ToHaveTextAsync(quotes.Select(q => q.Kind).ToArray());

        // First quote: j opens it, c claims, v verifies.
        await page.Keyboard.PressAsync("j");
        await ExpectQuoteShownAsync(page, quotes[0]);
        await Expect(Actions(page)).ToHaveTextAsync(["Claim"]);
        await page.Keyboard.PressAsync("c");
        await ExpectStateAsync(page, "In review");
        await Expect(Actions(page)).ToHaveTextAsync(["Release", "Verify", "Misattributed", "Misquoted", "Unverifiable", "Not a quote"]);
        await page.Keyboard.PressAsync("v");
        await ExpectStateAsync(page, "Verified");
        await Expect(Actions(page)).ToHaveTextAsync(["Reopen"]);
        await Expect(page.Locator("#actions")).ToContainTextAsync("Not yours to do: Publish — an Editor may.");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Verify: the quote is now Verified.");
        await Expect(page.Locator("#history li")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("Rita Reviewer: Claim \\(New → In review\\)"), new System.Text.RegularExpressions.Regex("Rita Reviewer: Verify \\(In review → Verified\\)")]);
        await Expect(page.Locator("#queue-summary")).ToHaveTextAsync("3 quotes in New, article desk-review, newest first; 1 has moved on since.");

        // Second quote: n moves on; misattributed needs the corrected speaker, and the page says so.
        await page.Keyboard.PressAsync("n");
        await ExpectQuoteShownAsync(page, quotes[1]);
        await Button(page, "Claim").ClickAsync();
        await ExpectStateAsync(page, "In review");
        await Button(page, "Misattributed").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Type the corrected speaker");
        await Expect(page.GetByLabel("Corrected speaker")).ToBeFocusedAsync();
        await page.GetByLabel("Corrected speaker").FillAsync("Maria Zakharova");
        await page.GetByLabel("Note").FillAsync("The foreign ministry said this, not the Kremlin.");
        await Button(page, "Misattributed").ClickAsync();
        await ExpectStateAsync(page, "Misattributed");
        await Expect(Fact(page, "Corrected speaker")).ToHaveTextAsync("Maria Zakharova");
        await Expect(page.Locator("#history")).ToContainTextAsync("Note: The foreign ministry said this, not the Kremlin.");
        await Expect(page.GetByLabel("Note")).ToHaveValueAsync(string.Empty);

        // Third quote: claimed, then rejected as not a quote.
        await page.Keyboard.PressAsync("j");
        await ExpectQuoteShownAsync(page, quotes[2]);
        await page.Keyboard.PressAsync("c");
        await ExpectStateAsync(page, "In review");
        await SaveScreenshotAsync(page);
        await Button(page, "Not a quote").ClickAsync();
        await ExpectStateAsync(page, "Not a quote");
        await Expect(Actions(page)).ToHaveTextAsync(["Reopen"]);

        // The queue shows where each quote now stands, and so do the counts and the API.
        await Expect(page.Locator(".queue-item .badge[class*='state-']")).ToHaveTextAsync(["Verified", "Misattributed", "Not a quote"]);
        await Expect(StateCount(page, "New")).ToHaveTextAsync("0");
        await Expect(StateCount(page, "Verified")).ToHaveTextAsync("1");
        await Expect(StateCount(page, "Misattributed")).ToHaveTextAsync("1");
        await Expect(StateCount(page, "Not a quote")).ToHaveTextAsync("1");
        await Expect(StateCount(page, "All states")).ToHaveTextAsync("3");
        var stored = await Task.WhenAll(quotes.Select(q => host.Http.GetQuoteAsync(q)));
        Assert.Equal(["Verified", "Misattributed", "NotAQuote"], stored.Select(q => q.State));
        Assert.Equal("Maria Zakharova", stored[1].CorrectedSpeaker);
        Assert.All(stored, q => Assert.Equal("Rita Reviewer", q.LastReviewer));
    }

    [Fact]
    public async Task Reviewer_WhoseQuoteChangedBehindTheirBack_SeesTheNewStateAndKeepsWhatTheyTyped()
    {
        var quotes = await IngestAsync("desk-conflict", SeedTitle, SeedSource, Seeds.IdlibArticle);
        var page = await OpenDeskAsync("desk-conflict");
        await page.Locator(".queue-item").First.ClickAsync();
        await ExpectQuoteShownAsync(page, quotes[0]);
        await Button(page, "Claim").ClickAsync();
        await ExpectStateAsync(page, "In review");
        await page.GetByLabel("Note").FillAsync("Checked against the televised speech.");
        await page.GetByLabel("Corrected speaker").FillAsync("Mevlut Cavusoglu");

        // An editor verifies the quote through the API while the page still shows it in review.
        var current = await host.Http.GetQuoteAsync(quotes[0]);
        using (var response = await host.Http.TransitionAsync(current, "verify", body: new { action = "verify", reviewer = "Otto Other" }, roles: "Editor"))
        {
            response.EnsureSuccessStatusCode();
        }

        await Button(page, "Misattributed").ClickAsync();

        var conflict = page.GetByRole(AriaRole.Alert);
        await Expect(conflict).ToContainTextAsync("Another reviewer changed this quote first.");
        await Expect(conflict).ToContainTextAsync("It is now Verified by Otto Other.");
        await ExpectStateAsync(page, "Verified");
        await Expect(Actions(page)).ToHaveTextAsync(["Reopen"]);
        await Expect(page.GetByLabel("Note")).ToHaveValueAsync("Checked against the televised speech.");
        await Expect(page.GetByLabel("Corrected speaker")).ToHaveValueAsync("Mevlut Cavusoglu");
        await Expect(page.Locator("#history")).ToContainTextAsync("Otto Other: Verify (In review → Verified)");

        // The page now holds the new ETag: the reviewer can carry on from where the quote really is.
        await Button(page, "Reopen").ClickAsync();
        await ExpectStateAsync(page, "In review");
        await Expect(conflict).ToBeHiddenAsync();
        await Expect(page.Locator("#history")).ToContainTextAsync("Note: Checked against the televised speech.");
        Assert.Equal("InReview", (await host.Http.GetQuoteAsync(quotes[0])).State);
    }

    [Fact]
    public async Task Reviewer_IsOfferedOnlyWhatIsTheirs_AndAnEditorMore()
    {
        var quotes = await host.IngestSeedAsync("desk-roles");
        using (var claimed = await host.Http.TransitionAsync(quotes[0], "claim", body: new { action = "claim" }, user: "Otto Other"))
        {
            claimed.EnsureSuccessStatusCode();
        }

        var page = await OpenDeskAsync("desk-roles");
        await page.Locator(".state-option").Filter(new() { HasText = "In review" }).Locator("input").CheckAsync();
        await Expect(page.Locator(".queue-item")).ToHaveCountAsync(1);
        await page.Locator(".queue-item").First.ClickAsync();
        await ExpectQuoteShownAsync(page, quotes[0]);

        // Otto's claim: Rita, a Reviewer, gets no buttons and is told who may.
        await Expect(Fact(page, "Claimed by")).ToHaveTextAsync("Otto Other");
        await Expect(Actions(page)).ToHaveCountAsync(0);
        await Expect(page.Locator("#actions")).ToContainTextAsync("Not yours to do: Release, Verify, Misattributed, Misquoted, Unverifiable, Not a quote — Otto Other (who claimed it) or an Editor may.");
        await page.Keyboard.PressAsync("v");
        await Expect(page.Locator("#status")).ToContainTextAsync("“Verify” is not yours to do: Otto Other claimed this quote");

        // As an Editor she may decide it, and then publish it.
        await page.GetByLabel("Your role").SelectOptionAsync("Editor");
        await Expect(Actions(page)).ToHaveTextAsync(["Release", "Verify", "Misattributed", "Misquoted", "Unverifiable", "Not a quote"]);
        await Button(page, "Verify").ClickAsync();
        await ExpectStateAsync(page, "Verified");
        await Expect(Actions(page)).ToHaveTextAsync(["Reopen", "Publish"]);
        await Button(page, "Publish").ClickAsync();
        await ExpectStateAsync(page, "Published");
        await Expect(Actions(page)).ToHaveTextAsync(["Reopen"]);

        var stored = await host.Http.GetQuoteAsync(quotes[0]);
        Assert.Equal(("Published", "Otto Other", "Rita Reviewer"), (stored.State, stored.ClaimedBy, stored.LastReviewer));
    }

    [Fact]
    public async Task Queue_KeepsTheFilteredList_WhenTheFirstUnfilteredPageAnswersLast()
    {
        await host.IngestSeedAsync("desk-stale-mine");
        await host.IngestSeedAsync("desk-stale-other");
        if (chromium.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        // The page's first, unfiltered queue request is held until the reviewer's filtered one has been answered.
        var page = await _context!.NewPageAsync();
        var release = new TaskCompletionSource();
        var held = new TaskCompletionSource();
        await page.RouteAsync("**/api/quotes?**", async route =>
        {
            if (!route.Request.Url.Contains("articleId=", StringComparison.Ordinal))
            {
                held.TrySetResult();
                await release.Task;
            }

            await route.ContinueAsync();
        });
        await page.GotoAsync(new Uri(host.BaseAddress, "api/desk").ToString());
        await held.Task;
        await page.GetByLabel("Article id").FillAsync("desk-stale-mine");
        await Button(page, "Show quotes").ClickAsync();
        await Expect(page.Locator(".queue-item")).ToHaveCountAsync(3);

        var stale = page.WaitForResponseAsync(r => r.Url.Contains("/api/quotes?", StringComparison.Ordinal) && !r.Url.Contains("articleId=", StringComparison.Ordinal));
        release.SetResult();
        await stale;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.Locator(".queue-item")).ToHaveCountAsync(3);
        await Expect(page.Locator("#queue-summary")).ToHaveTextAsync("3 quotes in New, article desk-stale-mine, newest first.");
        await Expect(StateCount(page, "New")).ToHaveTextAsync("3");
        await page.Keyboard.PressAsync("j");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#desk-stale-mine/"));
    }

    [Fact]
    public async Task Triage_PutsTheLeastCertainQuoteFirst_AndNewestFirstRestoresTheArticleOrder()
    {
        var quotes = await IngestAsync("desk-triage", "Council approves new bridge budget", "City desk", MixedConfidenceArticle);
        Assert.True(quotes.Select(q => q.Confidence).Distinct().Count() > 1, "The triage test needs quotes the extractor is not equally sure of.");
        var page = await OpenDeskAsync("desk-triage");
        await Expect(page.Locator(".queue-item .queue-quote")).ToHaveTextAsync(quotes.Select(q => Card(q.Text)).ToArray());

        await page.GetByLabel("Lowest confidence first").CheckAsync();

        var triaged = quotes.Select((q, i) => (q, i)).OrderBy(x => x.q.Confidence).ThenBy(x => x.i).Select(x => x.q).ToList();
        await Expect(page.Locator(".queue-item .queue-quote")).ToHaveTextAsync(triaged.Select(q => Card(q.Text)).ToArray());
        await Expect(page.Locator(".queue-item .badge.confidence")).ToHaveTextAsync(triaged.Select(q => new Regex($"^{Math.Round(q.Confidence * 100)}%")).ToArray());
        await Expect(page.Locator("#queue-summary")).ToHaveTextAsync("3 quotes in New, article desk-triage, lowest confidence first.");

        // j opens the least certain one; t switches back to the article's order.
        await page.Keyboard.PressAsync("j");
        await ExpectQuoteShownAsync(page, triaged[0]);
        await page.Keyboard.PressAsync("t");
        await Expect(page.GetByLabel("Newest first")).ToBeCheckedAsync();
        await Expect(page.Locator(".queue-item .queue-quote")).ToHaveTextAsync(quotes.Select(q => Card(q.Text)).ToArray());
    }

    [Fact]
    public async Task Queue_SaysWhileItLoads_AndSaysSoWhenNothingIsThere()
    {
        await IngestAsync("desk-empty-other", SeedTitle, SeedSource, Seeds.IdlibArticle);
        var page = await NewPageAsync();
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/api/quotes?**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(new Uri(host.BaseAddress, "api/desk").ToString());

        await Expect(page.Locator("#queue-loading")).ToBeVisibleAsync();
        await Expect(page.Locator("#queue-loading")).ToHaveTextAsync("Loading quotes…");
        await Expect(page.Locator("#queue-region")).ToHaveAttributeAsync("aria-busy", "true");
        await Expect(StateCount(page, "New")).ToHaveTextAsync("…");
        release.SetResult();
        await Expect(page.Locator("#queue-loading")).ToBeHiddenAsync();
        await Expect(page.Locator("#queue-region")).ToHaveAttributeAsync("aria-busy", "false");

        await page.GetByLabel("Article id").FillAsync("desk-empty-nothing-here");
        await Button(page, "Show quotes").ClickAsync();

        var empty = page.Locator("#queue-empty");
        await Expect(empty).ToBeVisibleAsync();
        await Expect(empty).ToContainTextAsync("No quotes in New, article desk-empty-nothing-here.");
        await Expect(page.Locator(".queue-item")).ToHaveCountAsync(0);
        await Expect(StateCount(page, "All states")).ToHaveTextAsync("0");
        await Expect(page.Locator("#queue-summary")).ToHaveTextAsync(string.Empty);
    }

    [Fact]
    public async Task Desk_HasNoSeriousOrCriticalAccessibilityViolations_InTheQueueTheQuoteAndAConflict()
    {
        var quotes = await IngestAsync("desk-axe", SeedTitle, SeedSource, Seeds.IdlibArticle);
        var page = await OpenDeskAsync("desk-axe");
        await Expect(page.Locator(".queue-item")).ToHaveCountAsync(3);
        await Expect(StateCount(page, "New")).ToHaveTextAsync("3");
        await ExpectAccessibleAsync(page, "the queue");

        await page.Keyboard.PressAsync("j");
        await ExpectQuoteShownAsync(page, quotes[0]);
        await Button(page, "Claim").ClickAsync();
        await ExpectStateAsync(page, "In review");
        await ExpectAccessibleAsync(page, "a quote in review");

        var current = await host.Http.GetQuoteAsync(quotes[0]);
        // Rita's claim: only she or an Editor may release it (issue 13).
        using (var response = await host.Http.TransitionAsync(current, "release", body: new { action = "release", reviewer = "Otto Other" }, roles: "Editor"))
        {
            response.EnsureSuccessStatusCode();
        }

        await Button(page, "Verify").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Another reviewer changed this quote first.");
        await ExpectAccessibleAsync(page, "a conflict");
    }

    [Fact]
    public async Task OnAPhoneSizedScreen_TheDeskFitsTheWidth_OpensTheQuoteBelowTheQueue_AndStaysAccessible()
    {
        if (chromium.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var quotes = await IngestAsync("desk-narrow", SeedTitle, SeedSource, Seeds.IdlibArticle);
        await using var phone = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, Locale = "en-GB", IsMobile = true, HasTouch = true });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "api/desk").ToString());
        await page.GetByLabel("Your name").FillAsync("Rita Reviewer");
        await page.GetByLabel("Article id").FillAsync("desk-narrow");
        await Button(page, "Show quotes").ClickAsync();
        await Expect(page.Locator(".queue-item")).ToHaveCountAsync(3);
        await ExpectFitsTheWidthAsync(page);
        await ExpectAccessibleAsync(page, "the queue on a phone");

        await page.Locator(".queue-item").Nth(1).ClickAsync();
        await ExpectQuoteShownAsync(page, quotes[1]);
        await Expect(page.Locator("#quote-heading")).ToBeInViewportAsync();
        await Button(page, "Claim").ClickAsync();
        await ExpectStateAsync(page, "In review");
        await ExpectFitsTheWidthAsync(page);
        await ExpectAccessibleAsync(page, "a quote on a phone");
        await SaveScreenshotAsync(page, "desk-narrow.png");
    }

    [Fact]
    public async Task DeskFiles_AreServedWithTheirContentTypes_AndUnknownFilesAreNotFound()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var bare = await noRedirects.GetAsync("api/desk", cancel);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("desk/index.html", bare.Headers.Location?.OriginalString);

        using var page = await noRedirects.GetAsync("api/desk/", cancel);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("reviewer's desk", await page.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var script = await noRedirects.GetAsync("api/desk/desk.js", cancel);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);

        using var missing = await noRedirects.GetAsync("api/desk/secrets.json", cancel);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<IPage> OpenDeskAsync(string articleId)
    {
        if (chromium.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "api/desk").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue" })).ToBeVisibleAsync();
        await page.GetByLabel("Your name").FillAsync("Rita Reviewer");
        await page.GetByLabel("Article id").FillAsync(articleId);
        await Button(page, "Show quotes").ClickAsync();
        return page;
    }

    private static async Task ExpectQuoteShownAsync(IPage page, QuoteResponse quote)
    {
        await Expect(page.Locator("#quote-text")).ToHaveTextAsync(quote.Text);

        // The article text, with the quote highlighted and the speaker mention and cue marked where the extractor found them.
        await Expect(page.Locator("#article-text")).ToContainTextAsync(quote.Text);
        Assert.Equal(quote.Text, string.Concat(await page.Locator("#article-text mark.mark-quote").AllTextContentsAsync()));
        if (quote.SpeakerMention is not null && quote.SpeakerStart is not null)
        {
            Assert.Equal(quote.SpeakerMention, string.Concat(await page.Locator("#article-text .mark-speaker").AllTextContentsAsync()));
        }

        if (quote.Cue is not null && quote.CueStart is not null)
        {
            Assert.Equal(quote.Cue, string.Concat(await page.Locator("#article-text .mark-cue").AllTextContentsAsync()));
        }
    }

    private async Task<IPage> NewPageAsync()
    {
        if (chromium.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return await _context!.NewPageAsync();
    }

    /// <summary>Ingests an article with a title and source through the queue function, and returns its quotes.</summary>
    private async Task<IReadOnlyList<QuoteResponse>> IngestAsync(string articleId, string title, string source, string body)
    {
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id = articleId, title, source, body });
        await host.Get<IngestArticle>().Run(QueuesModelFactory.QueueMessage("m-" + articleId, "pop", new BinaryData(message), 1), TestContext.Current.CancellationToken);
        return (await host.Http.GetArticleAsync(articleId))!.Quotes;
    }

    /// <summary>What a card shows of a quote's text.</summary>
    private static string Card(string text) => $"\u201C{(text.Length <= 110 ? text : text[..109].TrimEnd() + "\u2026")}\u201D";

    private static ILocator StateCount(IPage page, string state) =>
        page.Locator(".state-option").Filter(new() { Has = page.Locator(".state-name", new() { HasTextRegex = new Regex($"^{Regex.Escape(state)}$") }) }).Locator(".count");

    /// <summary>axe-core finds nothing serious or critical (WCAG 2.x A/AA and best practices) in what the page shows now.</summary>
    private static async Task ExpectAccessibleAsync(IPage page, string view)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            blocking.Count == 0,
            $"axe-core found in {view}: " + string.Join("; ", blocking.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.NotEmpty(result.Passes);
    }

    /// <summary>Nothing wider than the screen: no sideways scrolling.</summary>
    private static async Task ExpectFitsTheWidthAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client, $"The page is {scroll}px wide on a {client}px screen.");
    }

    private static Task ExpectStateAsync(IPage page, string state) => Expect(Fact(page, "State")).ToHaveTextAsync(state);

    private static ILocator Fact(IPage page, string term) =>
        page.Locator("#quote-facts > div").Filter(new() { Has = page.Locator("dt", new() { HasTextString = term }) }).Locator("dd");

    private static ILocator Actions(IPage page) => page.Locator("#actions button");

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Saves what the screen shows (the viewport, as a reviewer sees it) when <see cref="ScreenshotVariable"/> is set.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string? besideAs = null)
    {
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } path)
        {
            var file = besideAs is null ? path : Path.Combine(Path.GetDirectoryName(path)!, besideAs);
            await page.EvaluateAsync(besideAs is null ? "() => window.scrollTo(0, 0)" : "() => document.getElementById('quote-view').scrollIntoView()");

            await page.ScreenshotAsync(new() { Path = file });
        }
    }
}

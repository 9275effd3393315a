using Microsoft.Playwright;
using QuoteCheck.Integration.Tests.Review;
using QuoteCheck.Integration.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace QuoteCheck.Integration.Tests.Desk;

/// <summary>
/// The desk as it runs in Azure (identity mode AppService): the browser stands in for App Service authentication by
/// sending X-MS-CLIENT-PRINCIPAL with every request, as the platform adds it after sign-in.
/// </summary>
public sealed class DeskSignInTests(AppServiceHostFixture host, ChromiumFixture chromium)
    : IClassFixture<AppServiceHostFixture>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task ASignedInReviewer_SeesTheirName_TypesNone_AndDecisionsAreRecordedUnderIt()
    {
        var quotes = await host.IngestSeedAsync("desk-signed-in");
        await using var context = await NewContextAsync(Principals.Alice);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "api/desk").ToString());

        await Expect(page.Locator("#identity-signed-in")).ToHaveTextAsync("Signed in as alice@newsroom.example (Reviewer). Sign out");
        await Expect(page.GetByLabel("Your name")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign out" })).ToHaveAttributeAsync("href", "/.auth/logout?post_logout_redirect_uri=%2Fapi%2Fdesk%2Findex.html");

        await page.GetByLabel("Article id").FillAsync("desk-signed-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show quotes", Exact = true }).ClickAsync();
        await page.Locator(".queue-item").First.ClickAsync();
        await Expect(page.Locator("#quote-text")).ToHaveTextAsync(quotes[0].Text);
        await page.Keyboard.PressAsync("c");
        await Expect(page.Locator("#quote-facts > div").Filter(new() { HasText = "Claimed by" }).Locator("dd")).ToHaveTextAsync("alice@newsroom.example");
        await page.Keyboard.PressAsync("v");
        await Expect(page.Locator("#history")).ToContainTextAsync("alice@newsroom.example: Verify (In review → Verified)");

        var stored = await host.Http.GetQuoteAsync(quotes[0]);
        Assert.Equal(("Verified", "alice@newsroom.example"), (stored.State, stored.LastReviewer));
    }

    [Fact]
    public async Task SomeoneNotSignedIn_IsOfferedTheMicrosoftSignIn()
    {
        await using var context = await NewContextAsync(principal: null);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "api/desk").ToString());

        var signIn = page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Microsoft" });
        await Expect(signIn).ToBeVisibleAsync();
        await Expect(signIn).ToHaveAttributeAsync("href", "/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Fdesk%2Findex.html");
        await Expect(page.GetByLabel("Your name")).ToBeHiddenAsync();
    }

    private async Task<IBrowserContext> NewContextAsync(string? principal)
    {
        if (chromium.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        SetDefaultExpectTimeout(30_000);
        var options = new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "en-GB" };
        if (principal is not null)
        {
            options.ExtraHTTPHeaders = new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = principal };
        }

        return await chromium.Browser.NewContextAsync(options);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using QuoteCheck.Functions.Identity;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Integration.Tests.Security;

/// <summary>Local mode (the local host, <c>up</c>, tests) believes a typed name and role, and still applies every ownership rule.</summary>
public sealed class LocalIdentityTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATypedName_OutsideAscii_IsRecordedAsTyped()
    {
        var quote = (await host.IngestSeedAsync("local-unicode"))[0];

        using var response = await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, user: "Łukasz Żółw");

        Assert.Equal("Łukasz Żółw", (await response.ReadQuoteAsync()).ClaimedBy);
    }

    [Fact]
    public async Task TheHeaderName_WinsOverTheBodysReviewer()
    {
        var quote = (await host.IngestSeedAsync("local-header-wins"))[0];

        using var response = await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim", reviewer = "someone else" }, user: "rita@desk");

        Assert.Equal("rita@desk", (await response.ReadQuoteAsync()).ClaimedBy);
    }

    [Fact]
    public async Task OwnershipAndRoles_ApplyInLocalModeToo()
    {
        var quote = (await host.IngestSeedAsync("local-rules"))[0];
        var claimed = await (await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim", reviewer = "rita" })).ReadQuoteAsync();

        using var byOtto = await host.Http.TransitionAsync(claimed, "verify", body: new { action = "verify", reviewer = "otto" });
        Assert.Equal(HttpStatusCode.Forbidden, byOtto.StatusCode);

        var verified = await (await host.Http.TransitionAsync(claimed, "verify", body: new { action = "verify", reviewer = "rita" })).ReadQuoteAsync();
        using var publishByRita = await host.Http.TransitionAsync(verified, "publish", body: new { action = "publish", reviewer = "rita" });
        Assert.Equal(HttpStatusCode.Forbidden, publishByRita.StatusCode);

        using var publishByEditor = await host.Http.TransitionAsync(verified, "publish", body: new { action = "publish" }, user: "ed", roles: "Reviewer, Editor");
        Assert.Equal("Published", (await publishByEditor.ReadQuoteAsync()).State);
    }

    [Fact]
    public async Task AnUnknownRole_Gets400ListingTheRoles()
    {
        var quote = (await host.IngestSeedAsync("local-bad-role"))[0];

        using var response = await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, user: "rita", roles: "Reviewer,Admin");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'Admin' in X-QuoteCheck-Roles is not a role; roles: Reviewer, Editor, Submitter.", (await response.ReadProblemAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Me_InLocalMode_IsNobodyUntilANameIsGiven()
    {
        var nobody = await host.Http.GetFromJsonAsync<MeResponse>("api/me", JsonSerializerOptions.Web, Cancel);
        Assert.Equal(("Local", false, null), (nobody!.IdentityMode, nobody.SignedIn, nobody.SignInUrl));

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/me");
        request.Headers.Add("X-QuoteCheck-User", "rita");
        request.Headers.Add("X-QuoteCheck-Roles", "Editor");
        using var response = await host.Http.SendAsync(request, Cancel);
        var rita = await response.Content.ReadFromJsonAsync<MeResponse>(JsonSerializerOptions.Web, Cancel);
        Assert.Equal(("rita", true), (rita!.Name, rita.SignedIn));
        Assert.Equal(["Editor"], rita.Roles);
    }

    [Fact]
    public async Task LocalMode_RefusesToStartOnAppService()
    {
        await using var app = LocalHostApp.Create(["--urls", "http://127.0.0.1:0", "--WEBSITE_INSTANCE_ID=0123456789abcdef", "--QuoteCheck:TablePrefix=" + TestNames.TablePrefix()]);

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Cancel));

        Assert.Contains("Local mode believes whatever name and role a caller types", refused.Message, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuoteCheck.Functions.Identity;
using QuoteCheck.Functions.Review;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;

namespace QuoteCheck.Integration.Tests.Security;

/// <summary>
/// In Azure only the platform's sign-in says who is calling: a typed name (body or header) changes nothing, and the
/// roles in X-MS-CLIENT-PRINCIPAL decide what each person may do.
/// </summary>
public sealed class AppServiceIdentityTests(AppServiceHostFixture host) : IClassFixture<AppServiceHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATransitionWithoutASignIn_Gets401_AndChangesNothing()
    {
        var quote = (await host.IngestSeedAsync("az-anonymous"))[0];

        using var response = await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim", reviewer = "editor-in-chief" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("/.auth/login/aad", problem.GetProperty("signInUrl").GetString());
        Assert.Equal("AppService", problem.GetProperty("identityMode").GetString());
        Assert.Equal("New", (await host.Http.GetQuoteAsync(quote)).State);
        Assert.Empty(await HistoryAsync(quote));
    }

    [Fact]
    public async Task TypedIdentities_WithoutThePlatformsHeader_AreNotBelieved()
    {
        var quote = (await host.IngestSeedAsync("az-typed-only"))[0];
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/quotes/{quote.ArticleId}/{quote.QuoteId}/transitions")
        {
            Content = JsonContent.Create(new { action = "claim", reviewer = "editor-in-chief" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", quote.ETag);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-NAME", "editor-in-chief");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-ID", Principals.EdithId);
        request.Headers.Add("X-QuoteCheck-User", "editor-in-chief");
        request.Headers.Add("X-QuoteCheck-Roles", "Editor");

        using var response = await host.Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("New", (await host.Http.GetQuoteAsync(quote)).State);
    }

    [Fact]
    public async Task ASpoofedBodyAndHeaders_BesideASignIn_ChangeNothing_TheSignedInPersonIsRecorded()
    {
        var quote = (await host.IngestSeedAsync("az-spoof"))[0];
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/quotes/{quote.ArticleId}/{quote.QuoteId}/transitions")
        {
            Content = JsonContent.Create(new { action = "claim", reviewer = "editor-in-chief" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", quote.ETag);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principals.Alice);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-NAME", "editor-in-chief");
        request.Headers.Add("X-QuoteCheck-User", "editor-in-chief");
        request.Headers.Add("X-QuoteCheck-Roles", "Editor");

        using var response = await host.Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claimed = await response.ReadQuoteAsync();
        Assert.Equal("alice@newsroom.example", claimed.ClaimedBy);
        Assert.Equal("alice@newsroom.example", claimed.LastReviewer);
        var entry = Assert.Single(await HistoryAsync(quote));
        Assert.Equal(("alice@newsroom.example", Principals.AliceId), (entry.Reviewer, entry.ReviewerId));

        // Alice verifies; the roles she typed do not make her an Editor.
        var verified = await (await host.Http.TransitionAsync(claimed, "verify", body: new { action = "verify" }, principal: Principals.Alice)).ReadQuoteAsync();
        using var publish = await host.Http.TransitionAsync(verified, "publish", body: new { action = "publish", reviewer = "editor-in-chief" }, user: "editor-in-chief", roles: "Editor", principal: Principals.Alice);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal("Verified", (await host.Http.GetQuoteAsync(quote)).State);
    }

    [Fact]
    public async Task TheClaimantDecides_AnotherReviewerIsRefusedSayingWhoMay()
    {
        var quote = (await host.IngestSeedAsync("az-claimant"))[0];
        var claimed = await (await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, principal: Principals.Alice)).ReadQuoteAsync();

        foreach (var action in new[] { "verify", "release", "markUnverifiable", "rejectAsNotAQuote" })
        {
            using var refused = await host.Http.TransitionAsync(claimed, action, body: new { action }, principal: Principals.Bob);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var problem = await refused.ReadProblemAsync();
            Assert.Equal($"alice@newsroom.example claimed this quote: only alice@newsroom.example or an Editor may '{action}' it.", problem.GetProperty("detail").GetString());
            Assert.Equal("alice@newsroom.example (who claimed it) or an Editor", problem.GetProperty("whoMay").GetString());
            Assert.Equal("alice@newsroom.example", problem.GetProperty("claimedBy").GetString());
            Assert.Empty(problem.GetProperty("allowedActions").EnumerateArray());
        }

        using var verified = await host.Http.TransitionAsync(claimed, "verify", body: new { action = "verify" }, principal: Principals.Alice);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(["claim", "verify"], (await HistoryAsync(quote)).Select(e => e.Action));
    }

    [Fact]
    public async Task AnEditor_ReleasesSomeoneElsesClaim_AndAnotherReviewerMayThenClaimIt()
    {
        var quote = (await host.IngestSeedAsync("az-editor-release"))[1];
        var claimed = await (await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, principal: Principals.Alice)).ReadQuoteAsync();

        using var released = await host.Http.TransitionAsync(claimed, "release", body: new { action = "release", note = "Alice is off today." }, principal: Principals.Edith);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var afterRelease = await released.ReadQuoteAsync();
        Assert.Equal("New", afterRelease.State);
        Assert.Null(afterRelease.ClaimedBy);

        using var reclaimed = await host.Http.TransitionAsync(afterRelease, "claim", body: new { action = "claim" }, principal: Principals.Bob);
        Assert.Equal("bob@newsroom.example", (await reclaimed.ReadQuoteAsync()).ClaimedBy);
    }

    [Fact]
    public async Task OnlyAnEditorPublishes_AndOnlyAnEditorReopensAPublishedQuote()
    {
        var quote = (await host.IngestSeedAsync("az-publish"))[2];
        var claimed = await (await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, principal: Principals.Alice)).ReadQuoteAsync();
        var verified = await (await host.Http.TransitionAsync(claimed, "verify", body: new { action = "verify" }, principal: Principals.Alice)).ReadQuoteAsync();

        using (var byClaimant = await host.Http.TransitionAsync(verified, "publish", body: new { action = "publish" }, principal: Principals.Alice))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byClaimant.StatusCode);
            var problem = await byClaimant.ReadProblemAsync();
            Assert.Equal("Only an Editor may publish a quote; alice@newsroom.example is not an Editor.", problem.GetProperty("detail").GetString());
            Assert.Equal("an Editor", problem.GetProperty("whoMay").GetString());
            Assert.Equal(["reopen"], problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        }

        var published = await (await host.Http.TransitionAsync(verified, "publish", body: new { action = "publish" }, principal: Principals.Edith)).ReadQuoteAsync();
        Assert.Equal("Published", published.State);

        using (var reopenByClaimant = await host.Http.TransitionAsync(published, "reopen", body: new { action = "reopen" }, principal: Principals.Alice))
        {
            Assert.Equal(HttpStatusCode.Forbidden, reopenByClaimant.StatusCode);
            Assert.Equal("Only an Editor may reopen a published quote; alice@newsroom.example is not an Editor.", (await reopenByClaimant.ReadProblemAsync()).GetProperty("detail").GetString());
        }

        using var reopened = await host.Http.TransitionAsync(published, "reopen", body: new { action = "reopen", note = "Correction requested by the source." }, principal: Principals.Edith);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        var inReview = await reopened.ReadQuoteAsync();
        Assert.Equal("InReview", inReview.State);
        Assert.Equal("alice@newsroom.example", inReview.ClaimedBy);
        Assert.Equal(
            [("claim", "alice@newsroom.example"), ("verify", "alice@newsroom.example"), ("publish", "edith@newsroom.example"), ("reopen", "edith@newsroom.example")],
            (await HistoryAsync(quote)).Select(e => (e.Action, e.Reviewer)));
    }

    [Fact]
    public async Task AVerdict_IsReopenedByItsClaimant_NotByAnotherReviewer()
    {
        var quote = (await host.IngestSeedAsync("az-reopen"))[0];
        var claimed = await (await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, principal: Principals.Alice)).ReadQuoteAsync();
        var unverifiable = await (await host.Http.TransitionAsync(claimed, "markUnverifiable", body: new { action = "markUnverifiable" }, principal: Principals.Alice)).ReadQuoteAsync();

        using var byBob = await host.Http.TransitionAsync(unverifiable, "reopen", body: new { action = "reopen" }, principal: Principals.Bob);
        Assert.Equal(HttpStatusCode.Forbidden, byBob.StatusCode);

        using var byAlice = await host.Http.TransitionAsync(unverifiable, "reopen", body: new { action = "reopen" }, principal: Principals.Alice);
        Assert.Equal(HttpStatusCode.OK, byAlice.StatusCode);
    }

    [Fact]
    public async Task ATenantMemberWithoutARole_MayNotClaim()
    {
        var quote = (await host.IngestSeedAsync("az-guest"))[0];

        using var response = await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, principal: Principals.Guest);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("needs the Reviewer or Editor role", (await response.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("eyJub3QiOiJjbGFpbXMifQ==")] // {"not":"claims"}
    [InlineData("W10=")] // []
    public async Task AnUnreadablePrincipal_IsAnonymous(string header)
    {
        var quote = (await host.IngestSeedAsync("az-garbled"))[0];

        using var response = await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, principal: header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("New", (await host.Http.GetQuoteAsync(quote)).State);
    }

    [Fact]
    public async Task Me_SaysWhoTheSignedInPersonIs_AndAsksStrangersToSignIn()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/me");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principals.Edith);
        using var signedIn = await host.Http.SendAsync(request, Cancel);
        var me = await signedIn.Content.ReadFromJsonAsync<MeResponse>(JsonSerializerOptions.Web, Cancel);
        Assert.Equal(("AppService", true, Principals.EdithId, "edith@newsroom.example"), (me!.IdentityMode, me.SignedIn, me.Id, me.Name));
        Assert.Equal(["Editor"], me.Roles);
        Assert.Equal(("/.auth/login/aad", "/.auth/logout"), (me.SignInUrl, me.SignOutUrl));

        using var anonymous = await host.Http.GetAsync("api/me", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("/.auth/login/aad", (await anonymous.ReadProblemAsync()).GetProperty("signInUrl").GetString());
    }

    [Fact]
    public async Task Actions_ListWhatTheCallerMayDo_AndWhyNotTheRest()
    {
        var quote = (await host.IngestSeedAsync("az-actions"))[0];
        var claimed = await (await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, principal: Principals.Alice)).ReadQuoteAsync();

        var forAlice = await ActionsAsync(claimed, Principals.Alice);
        var forBob = await ActionsAsync(claimed, Principals.Bob);
        var forEdith = await ActionsAsync(claimed, Principals.Edith);

        Assert.Equal(["release", "verify", "misattribute", "misquote", "markUnverifiable", "rejectAsNotAQuote"], forAlice.AllowedActions);
        Assert.Empty(forAlice.NotYours);
        Assert.Empty(forBob.AllowedActions);
        Assert.All(forBob.NotYours, refused => Assert.Equal("alice@newsroom.example (who claimed it) or an Editor", refused.WhoMay));
        Assert.Equal(forAlice.AllowedActions, forEdith.AllowedActions);
        Assert.Equal("alice@newsroom.example", forBob.ClaimedBy);
        Assert.Equal(claimed.ETag, forBob.ETag);

        using var anonymous = await host.Http.GetAsync($"api/quotes/{quote.ArticleId}/{quote.QuoteId}/actions", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task SubmittingArticles_NeedsTheSubmitterOrEditorRole()
    {
        async Task<HttpStatusCode> SubmitAsync(string id, string? principal)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles")
            {
                Content = JsonContent.Create(new { id = "az-submitted-" + id, body = Seeds.IdlibArticle }),
            };
            if (principal is not null)
            {
                request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
            }

            using var response = await host.Http.SendAsync(request, Cancel);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await SubmitAsync("anonymous", null));
        Assert.Equal(HttpStatusCode.Forbidden, await SubmitAsync("reviewer", Principals.Alice));
        Assert.Equal(HttpStatusCode.Accepted, await SubmitAsync("feed", Principals.WireFeed));
        Assert.Equal(HttpStatusCode.Accepted, await SubmitAsync("editor", Principals.Edith));
    }

    [Fact]
    public async Task ApplyingAVerdictToMatches_IsTheSignedInPersons_TheBodysReviewerIsIgnored()
    {
        var origin = (await host.IngestSeedAsync("az-apply-origin"))[0];
        var copy = (await host.IngestSeedAsync("az-apply-copy"))[0];
        var shown = await Eventually.GetAsync(
            async () => (await host.Http.GetQuoteAsync(origin)).Matches?.Items.FirstOrDefault(m => m.ArticleId == copy.ArticleId),
            "the copy to be linked with the origin");
        var claimed = await (await host.Http.TransitionAsync(origin, "claim", body: new { action = "claim" }, principal: Principals.Alice)).ReadQuoteAsync();
        await host.Http.TransitionAsync(claimed, "verify", body: new { action = "verify" }, principal: Principals.Alice);

        async Task<HttpResponseMessage> ApplyAsync(string? principal)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/quotes/{origin.ArticleId}/{origin.QuoteId}/apply-to-matches")
            {
                Content = JsonContent.Create(new { reviewer = "editor-in-chief", matches = new[] { new { shown.ArticleId, shown.QuoteId, shown.ETag } } }),
            };
            request.Headers.Add("X-QuoteCheck-User", "editor-in-chief");
            request.Headers.Add("X-QuoteCheck-Roles", "Editor");
            if (principal is not null)
            {
                request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
            }

            return await host.Http.SendAsync(request, Cancel);
        }

        using (var anonymous = await ApplyAsync(principal: null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        Assert.Equal("New", (await host.Http.GetQuoteAsync(copy)).State);
        using var byBob = await ApplyAsync(Principals.Bob);
        Assert.Equal(HttpStatusCode.OK, byBob.StatusCode);
        var history = await HistoryAsync(copy);
        Assert.Equal([("claim", "bob@newsroom.example"), ("verify", "bob@newsroom.example")], history.Select(e => (e.Action, e.Reviewer)));
        Assert.All(history, e => Assert.Equal((Principals.BobId, "alice@newsroom.example"), (e.ReviewerId, e.AppliedFrom?.Reviewer)));
    }

    private async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(QuoteCheck.Functions.Quotes.QuoteResponse quote) =>
        (await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/{quote.ArticleId}/{quote.QuoteId}/history", JsonSerializerOptions.Web, Cancel))!.Items;

    private async Task<QuoteActionsResponse> ActionsAsync(QuoteCheck.Functions.Quotes.QuoteResponse quote, string principal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/quotes/{quote.ArticleId}/{quote.QuoteId}/actions");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        using var response = await host.Http.SendAsync(request, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<QuoteActionsResponse>(JsonSerializerOptions.Web, Cancel))!;
    }
}

/// <summary>With App Service authentication off, a client could write X-MS-CLIENT-PRINCIPAL itself: so nobody is believed.</summary>
public sealed class AppServiceWithoutAuthenticationTests(AppServiceWithoutAuthenticationFixture host) : IClassFixture<AppServiceWithoutAuthenticationFixture>
{
    [Fact]
    public async Task APrincipalHeader_IsNotTrusted_WhenPlatformAuthenticationIsOff()
    {
        var quote = (await host.IngestSeedAsync("az-auth-off"))[0];

        using var response = await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, principal: Principals.Edith);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("App Service authentication is not enabled", (await response.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("New", (await host.Http.GetQuoteAsync(quote)).State);
    }
}

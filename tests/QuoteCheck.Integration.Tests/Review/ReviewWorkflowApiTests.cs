using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using QuoteCheck.Functions.Review;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Review;

/// <summary>The review workflow over HTTP: transitions, ETags, errors, history and the review-queue index.</summary>
public sealed class ReviewWorkflowApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reviewer_ClaimsVerifiesAndPublishes_AndHistoryRecordsWhoDidWhat()
    {
        var quote = (await host.IngestSeedAsync("review-happy"))[0];

        using var claimed = await host.Http.TransitionAsync(quote, "claim");
        var afterClaim = await claimed.ReadQuoteAsync();
        using var verified = await host.Http.TransitionAsync(afterClaim, "verify", body: new { action = "verify", reviewer = "rita@desk", note = "Matches the Anadolu transcript." });
        var afterVerify = await verified.ReadQuoteAsync();
        using var published = await host.Http.TransitionAsync(afterVerify, "publish", body: new { action = "publish" }, user: "ed@desk", roles: "Editor");

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var final = await published.ReadQuoteAsync();
        Assert.Equal("Published", final.State);
        Assert.Equal(["reopen"], final.AllowedActions); // for an Editor only: GET .../actions says who may
        Assert.Equal(final.ETag, published.Headers.ETag?.ToString());
        var history = await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/{quote.ArticleId}/{quote.QuoteId}/history", JsonSerializerOptions.Web, Cancel);
        Assert.Equal(
            [("claim", "New", "InReview", "rita@desk"), ("verify", "InReview", "Verified", "rita@desk"), ("publish", "Verified", "Published", "ed@desk")],
            history!.Items.Select(e => (e.Action, e.From, e.To, e.Reviewer)));
        Assert.Equal("Matches the Anadolu transcript.", history.Items[1].Note);
    }

    [Fact]
    public async Task Misattribution_RecordsTheCorrectedSpeaker()
    {
        var quote = (await host.IngestSeedAsync("review-misattributed"))[2];
        var claimed = await (await host.Http.TransitionAsync(quote, "claim")).ReadQuoteAsync();

        using var response = await host.Http.TransitionAsync(claimed, "misattribute", body: new { action = "misattribute", reviewer = "rita@desk", correctedSpeaker = "Sergei Lavrov" });

        var corrected = await response.ReadQuoteAsync();
        Assert.Equal("Misattributed", corrected.State);
        Assert.Equal("Sergei Lavrov", corrected.CorrectedSpeaker);
        Assert.Equal(["reopen", "publish"], corrected.AllowedActions);
    }

    [Fact]
    public async Task WriteWithoutIfMatch_Gets428()
    {
        var quote = (await host.IngestSeedAsync("review-428"))[0];

        using var response = await host.Http.TransitionAsync(quote with { ETag = null }, "claim", etag: null);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task WriteWithAStaleETag_Gets412WithTheCurrentState_AndChangesNothing()
    {
        var quote = (await host.IngestSeedAsync("review-412"))[0];
        using var first = await host.Http.TransitionAsync(quote, "claim");

        using var stale = await host.Http.TransitionAsync(quote, "release");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var problem = await stale.ReadProblemAsync();
        Assert.Equal("InReview", problem.GetProperty("currentState").GetString());
        Assert.Equal("InReview", (await host.Http.GetQuoteAsync(quote)).State);
    }

    [Fact]
    public async Task IllegalTransition_Gets409ListingTheAllowedActions()
    {
        var quote = (await host.IngestSeedAsync("review-409"))[0];

        using var response = await host.Http.TransitionAsync(quote, "publish");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(["claim"], problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("publish", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"action\": \"approve\", \"reviewer\": \"r\"}", "'approve' is not a review action")]
    [InlineData("{\"action\": \"misattribute\", \"reviewer\": \"r\"}", "'correctedSpeaker' is required")]
    [InlineData("{\"action\": \"claim\", \"reviewer\": \"r\", \"correctedText\": \"x\"}", "only accepted with 'misquote'")]
    [InlineData("{\"reviewer\": \"r\"}", "'action' is required")]
    [InlineData("{\"action\": \"claim\", \"reviewer\": 7}", "'reviewer' must be a string")]
    [InlineData("not json", "not valid JSON")]
    [InlineData("", "needs a JSON body")]
    public async Task InvalidRequest_Gets400SayingWhatIsWrong(string body, string complaint)
    {
        var quote = (await host.IngestSeedAsync("review-400"))[1];
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/quotes/{quote.ArticleId}/{quote.QuoteId}/transitions")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", quote.ETag);

        using var response = await host.Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(complaint, (await response.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransitionWithoutAName_Gets401AskingWhoIsReviewing_AndChangesNothing()
    {
        var quote = (await host.IngestSeedAsync("review-401"))[1];

        using var response = await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("X-QuoteCheck-User", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Local", problem.GetProperty("identityMode").GetString());
        Assert.Equal("New", (await host.Http.GetQuoteAsync(quote)).State);
    }

    [Fact]
    public async Task UnknownQuote_Gets404()
    {
        var quote = (await host.IngestSeedAsync("review-404"))[0];

        using var response = await host.Http.TransitionAsync(quote with { QuoteId = "9999999-00000000" }, "claim");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TwoReviewersRacing_ExactlyOneWins_TheOtherGets412_AndHistoryShowsOneTransition()
    {
        var quote = (await host.IngestSeedAsync("review-race"))[0];

        var responses = await Task.WhenAll(
            host.Http.TransitionAsync(quote, "claim", user: "ana@desk"),
            host.Http.TransitionAsync(quote, "claim", user: "ben@desk"),
            host.Http.TransitionAsync(quote, "claim", user: "cho@desk"));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        var history = await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/{quote.ArticleId}/{quote.QuoteId}/history", JsonSerializerOptions.Web, Cancel);
        Assert.Single(history!.Items);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task ReviewQueue_FollowsTransitions()
    {
        var quotes = await host.IngestSeedAsync("review-queue");
        using var claimed = await host.Http.TransitionAsync(quotes[1], "claim");

        var newOnes = await host.Http.ListQuotesAsync("state=New&articleId=review-queue");
        var inReview = await host.Http.ListQuotesAsync("state=InReview");

        Assert.Equal([quotes[0].QuoteId, quotes[2].QuoteId], newOnes.Items.Select(q => q.QuoteId));
        Assert.Contains(inReview.Items, q => q.QuoteId == quotes[1].QuoteId && q.ArticleId == "review-queue");
        Assert.DoesNotContain((await host.Http.ListQuotesAsync("state=New")).Items, q => q.QuoteId == quotes[1].QuoteId && q.ArticleId == "review-queue");
    }

    [Fact]
    public async Task ReExtraction_KeepsStateAndHistoryOfQuotesFoundAgain()
    {
        var quote = (await host.IngestSeedAsync("review-reextract"))[0];
        using var claimed = await host.Http.TransitionAsync(quote, "claim");

        await host.IngestSeedAsync("review-reextract");

        var again = await host.Http.GetQuoteAsync(quote);
        Assert.Equal("InReview", again.State);
        var history = await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/{quote.ArticleId}/{quote.QuoteId}/history", JsonSerializerOptions.Web, Cancel);
        Assert.Single(history!.Items);
    }

    [Fact]
    public async Task ReopeningAMisattribution_LeavesNoCorrection_InTheQuote_TheQueue_OrTheVerdictThatFollows()
    {
        // Issue 13 found a merge write of CorrectedSpeaker = null dropped by the SDK; quote rows are now written whole.
        var quote = (await host.IngestSeedAsync("review-reopen-correction"))[2];
        var claimed = await (await host.Http.TransitionAsync(quote, "claim")).ReadQuoteAsync();
        var misattributed = await (await host.Http.TransitionAsync(claimed, "misattribute", body: new { action = "misattribute", reviewer = "rita@desk", correctedSpeaker = "Someone Else" })).ReadQuoteAsync();
        Assert.Equal("Someone Else", misattributed.CorrectedSpeaker);

        using var reopened = await host.Http.TransitionAsync(misattributed, "reopen");
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);

        var afterReopen = await host.Http.GetQuoteAsync(quote);
        Assert.Equal(("InReview", null, null, "rita@desk"), (afterReopen.State, afterReopen.CorrectedSpeaker, afterReopen.CorrectedText, afterReopen.ClaimedBy));
        var queued = Assert.Single((await host.Http.ListQuotesAsync("state=InReview&pageSize=100")).Items, q => q.ArticleId == quote.ArticleId && q.QuoteId == quote.QuoteId);
        Assert.Null(queued.CorrectedSpeaker);

        using var verified = await host.Http.TransitionAsync(afterReopen, "verify");
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);

        var final = await host.Http.GetQuoteAsync(quote);
        Assert.Equal(("Verified", null, null), (final.State, final.CorrectedSpeaker, final.CorrectedText));
        var listed = Assert.Single((await host.Http.ListQuotesAsync("state=Verified&pageSize=100")).Items, q => q.ArticleId == quote.ArticleId && q.QuoteId == quote.QuoteId);
        Assert.Null(listed.CorrectedSpeaker);
        var row = (await host.Layout.Articles.GetEntityAsync<TableEntity>(quote.ArticleId, quote.QuoteId, cancellationToken: Cancel)).Value;
        Assert.False(row.ContainsKey("CorrectedSpeaker"), "the stored quote row still holds a corrected speaker");
        var history = await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/{quote.ArticleId}/{quote.QuoteId}/history", JsonSerializerOptions.Web, Cancel);
        Assert.Equal(["claim", "misattribute", "reopen", "verify"], history!.Items.Select(e => e.Action));
        Assert.Equal("Someone Else", history.Items[1].CorrectedSpeaker);
    }

    [Fact]
    public async Task ReleasingAMisquote_LeavesNoCorrectedWording_AfterAReopen()
    {
        var quote = (await host.IngestSeedAsync("review-release-correction"))[0];
        var claimed = await (await host.Http.TransitionAsync(quote, "claim")).ReadQuoteAsync();
        var misquoted = await (await host.Http.TransitionAsync(claimed, "misquote", body: new { action = "misquote", reviewer = "rita@desk", correctedText = "The words as said." })).ReadQuoteAsync();
        Assert.Equal("The words as said.", misquoted.CorrectedText);
        var reopened = await (await host.Http.TransitionAsync(misquoted, "reopen")).ReadQuoteAsync();

        using var released = await host.Http.TransitionAsync(reopened, "release");

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var stored = await host.Http.GetQuoteAsync(quote);
        Assert.Equal(("New", null, null, null), (stored.State, stored.CorrectedText, stored.CorrectedSpeaker, stored.ClaimedBy));
        var queued = Assert.Single((await host.Http.ListQuotesAsync("state=New&pageSize=100")).Items, q => q.ArticleId == quote.ArticleId && q.QuoteId == quote.QuoteId);
        Assert.Equal((null, null), (queued.CorrectedText, queued.ClaimedBy));
    }

    [Fact]
    public async Task TheClaimant_TravelsInTheReviewQueue_AndIsEnforcedOnAWriteMadeFromAListedQuote()
    {
        var quote = (await host.IngestSeedAsync("review-claimant-listed"))[1];
        using var claimed = await host.Http.TransitionAsync(quote, "claim", body: new { action = "claim" }, user: "Łukasz Żółw");
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);

        // The list is one query over index rows: they carry the claimant and the quote's ETag.
        var listed = Assert.Single((await host.Http.ListQuotesAsync("state=InReview&pageSize=100")).Items, q => q.ArticleId == quote.ArticleId && q.QuoteId == quote.QuoteId);
        Assert.Equal("Łukasz Żółw", listed.ClaimedBy);
        Assert.Equal("Łukasz Żółw", (await host.Http.ListQuotesAsync($"articleId={quote.ArticleId}&state=InReview")).Items.Single().ClaimedBy);

        using var byOther = await host.Http.TransitionAsync(listed, "verify", body: new { action = "verify" }, user: "rita@desk");
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal("Łukasz Żółw", (await byOther.ReadProblemAsync()).GetProperty("claimedBy").GetString());

        using var byClaimant = await host.Http.TransitionAsync(listed, "verify", body: new { action = "verify" }, user: "Łukasz Żółw");
        Assert.Equal(HttpStatusCode.OK, byClaimant.StatusCode);
        var verified = Assert.Single((await host.Http.ListQuotesAsync("state=Verified&pageSize=100")).Items, q => q.ArticleId == quote.ArticleId && q.QuoteId == quote.QuoteId);
        Assert.Equal("Łukasz Żółw", verified.ClaimedBy); // a verdict keeps its claimant: they (or an Editor) may reopen it
    }
}

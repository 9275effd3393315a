using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Linking;
using QuoteCheck.Functions.Quotes;
using QuoteCheck.Functions.Review;
using QuoteCheck.Functions.Speakers;
using QuoteCheck.Functions.Storage;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;

namespace QuoteCheck.Integration.Tests.Linking;

/// <summary>Every storage request the host makes (method and path), for tests that show what a read does not touch.</summary>
public sealed class StorageRequestLog : RequestObserver
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyCollection<string> Requests => _requests;

    public void Clear() => _requests.Clear();

    protected override void Observe(HttpMessage message) => _requests.Enqueue($"{message.Request.Method} {message.Request.Uri.Path}");
}

/// <summary>The system clock, moved forward on demand (to let a wait run out without waiting).</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}

/// <summary>The local host with a publishing organisation configured for ClaimReview, its storage requests logged and a clock tests can move.</summary>
public sealed class PublishingHostFixture : LocalHostFixture
{
    public const string Organization = "Desk Fact Check";

    public StorageRequestLog Storage { get; } = new();

    public ShiftedClock Clock { get; } = new();

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton(sp => StorageConnection.FromConfiguration(sp.GetRequiredService<IConfiguration>(), pipelinePolicy: Storage)));
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["QuoteCheck:ClaimReview:OrganizationName"] = Organization,
            ["QuoteCheck:ClaimReview:OrganizationUrl"] = "https://factcheck.example.org/",
            ["QuoteCheck:ClaimReview:UrlTemplate"] = "https://factcheck.example.org/quotes/{articleId}/{quoteId}",
            ["QuoteCheck:ClaimReview:Ratings:Verified"] = "Accurate",
        });
    }
}

/// <summary>Ingestion and linking as the tests drive them: each test class has its own host and tables, so quotes link only within it.</summary>
public abstract class LinkingTestBase(PublishingHostFixture host)
{
    /// <summary>Another outlet's story (written for these tests) quoting the seed's Erdogan and Peskov, trimmed and with other marks.</summary>
    internal const string WireStory =
        "ANKARA (Wire) - Turkey's president will fly to Moscow this week.\n" +
        "\u201CGo to Moscow on Thursday to discuss the developments in Syria with Mr Putin. I hope that he will take the necessary measures there,\u201D Erdogan told party members.\n" +
        "The Kremlin welcomed the visit. Russia attaches \u201Cgreat importance to cooperation with our Turkish partners,\u201D Kremlin spokesman Dmitry Peskov said.\n";

    protected PublishingHostFixture Host => host;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected async Task<IReadOnlyList<QuoteResponse>> IngestAsync(string id, string body, string url, string title)
    {
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, body, url, title, source = "Test Wire", publishedAt = "2020-03-02T10:00:00Z" });
        await Host.Get<IngestArticle>().Run(QueuesModelFactory.QueueMessage("m-" + id, "pop", new BinaryData(message), 1), Cancel);
        return (await Host.Http.GetArticleAsync(id))!.Quotes;
    }

    protected Task<QuoteResponse> LinkedAsync(QuoteResponse quote, int matches) =>
        Eventually.GetAsync(
            async () => await Host.Http.GetQuoteAsync(quote) is { Matches.Count: var n } linked && n >= matches ? linked : null,
            $"quote {quote.QuoteId} of {quote.ArticleId} to have {matches} matches");

    protected Task<QuoteResponse> LinkedAsync(QuoteResponse quote) =>
        Eventually.GetAsync(async () => await Host.Http.GetQuoteAsync(quote) is { IdentityId: not null } linked ? linked : null, $"quote {quote.QuoteId} of {quote.ArticleId} to be linked");

    /// <summary>The speaker's first page once the linker has listed <paramref name="total"/> of their quotes (404 until it lists any).</summary>
    protected Task<SpeakerQuotePageResponse> SpeakerPageAsync(string speaker, int total) =>
        Eventually.GetAsync(
            async () =>
            {
                using var response = await Host.Http.GetAsync($"api/speakers/{speaker}/quotes", Cancel);
                return response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<SpeakerQuotePageResponse>(JsonSerializerOptions.Web, Cancel) is { Speaker.Total: var n } p && n == total ? p : null;
            },
            $"the linker to list {total} quotes of {speaker}");

    protected static QuoteResponse Erdogan(IReadOnlyList<QuoteResponse> quotes) => quotes.Single(q => q.Text.Contains("Moscow on Thursday", StringComparison.Ordinal));
}

/// <summary>The same quote in two articles is linked, and each lists the other with its state.</summary>
public sealed class LinkedQuotesTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task TheSameQuoteInTwoArticles_IsLinked_AndEachListsTheOtherWithItsState()
    {
        var seed = await IngestAsync("link-seed-1", Seeds.IdlibArticle, "https://news.example.com/idlib", "Erdogan to meet Putin");
        var wire = await IngestAsync("link-wire-1", WireStory, "https://wire.example.com/moscow", "Erdogan flies to Moscow");

        var original = await LinkedAsync(Erdogan(seed), 1);
        var copy = await LinkedAsync(Erdogan(wire), 1);

        var match = Assert.Single(original.Matches!.Items);
        Assert.Equal(("link-wire-1", Erdogan(wire).QuoteId, "New"), (match.ArticleId, match.QuoteId, match.State));
        Assert.Equal("https://wire.example.com/moscow", match.ArticleUrl);
        Assert.Equal(1, original.Matches.ArticleCount);
        Assert.Equal(original.IdentityId, copy.IdentityId);
        Assert.Equal("link-seed-1", Assert.Single(copy.Matches!.Items).ArticleId);

        // The partial quote inside the longer one by the same speaker is linked too.
        var peskov = await LinkedAsync(seed.Single(q => q.Text.StartsWith("great importance", StringComparison.Ordinal)), 1);
        Assert.Equal("link-wire-1", Assert.Single(peskov.Matches!.Items).ArticleId);

        // A quote in neither article's twin is linked with nothing.
        var alone = await Host.Http.GetQuoteAsync(seed.Single(q => q.Text.StartsWith("Our militaries", StringComparison.Ordinal)));
        Assert.Equal(0, alone.Matches?.Count ?? 0);
    }
}

/// <summary>A verdict applied to all of a quote's matches at once, through the review workflow.</summary>
public sealed class ApplyToMatchesTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task AVerdictAppliedToMatches_GivesEachItsOwnEventsNamingTheOrigin_AndReportsOneChangedMeanwhile()
    {
        var seed = await IngestAsync("link-seed-2", Seeds.IdlibArticle, "https://news.example.com/idlib-2", "Erdogan to meet Putin");
        var wire = await IngestAsync("link-wire-2", WireStory, "https://wire.example.com/moscow-2", "Erdogan flies to Moscow");
        var again = await IngestAsync("link-wire-2b", WireStory.Replace("ANKARA (Wire)", "ISTANBUL (Other Wire)", StringComparison.Ordinal), "https://other.example.com/moscow", "Moscow trip");
        var origin = await LinkedAsync(Erdogan(seed), 2);

        // Verify the origin.
        var claimed = await (await Host.Http.TransitionAsync(origin, "claim")).ReadQuoteAsync();
        var verified = await (await Host.Http.TransitionAsync(claimed, "verify", body: new { action = "verify", reviewer = "rita@desk" })).ReadQuoteAsync();
        var shown = (await Host.Http.GetQuoteAsync(verified)).Matches!.Items.Where(m => m.ArticleId.StartsWith("link-wire-2", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, shown.Count);

        // Someone else claims one match after the desk showed it.
        var other = shown.Single(m => m.ArticleId == "link-wire-2b");
        using var behindTheBack = await Host.Http.TransitionAsync(Erdogan(again) with { ETag = other.ETag }, "claim", body: new { action = "claim", reviewer = "sam@desk" });
        Assert.Equal(HttpStatusCode.OK, behindTheBack.StatusCode);

        var result = await ApplyAsync(origin, shown.Select(m => (m.ArticleId, m.QuoteId, m.ETag)), user: "ana@desk");
        Assert.Equal(("Verified", "rita@desk", 1), (result.Verdict, result.DecidedBy, result.Applied));
        var applied = Assert.Single(result.Results, r => r.ArticleId == "link-wire-2");
        Assert.Equal(("applied", "Verified"), (applied.Outcome, applied.State));
        var stale = Assert.Single(result.Results, r => r.ArticleId == "link-wire-2b");
        Assert.Equal(("stale", 412, "InReview", "sam@desk"), (stale.Outcome, stale.Status, stale.State, stale.ClaimedBy));

        // The applied match has its own claim and verify, each naming the origin and who decided it there.
        var history = await Host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/link-wire-2/{applied.QuoteId}/history", JsonSerializerOptions.Web, Cancel);
        Assert.Equal([("claim", "ana@desk"), ("verify", "ana@desk")], history!.Items.Select(e => (e.Action, e.Reviewer)));
        Assert.All(history.Items, e => Assert.Equal(new AppliedFromResponse(origin.ArticleId, origin.QuoteId, "rita@desk"), e.AppliedFrom));

        // With the match's current ETag it is still Sam's claim: the same rule as deciding it alone, reported, not overwritten.
        var current = await Host.Http.GetQuoteAsync(Erdogan(again));
        var refused = Assert.Single((await ApplyAsync(origin, [(current.ArticleId, current.QuoteId, current.ETag)], user: "ana@desk")).Results);
        Assert.Equal(("forbidden", 403, "sam@desk (who claimed it) or an Editor"), (refused.Outcome, refused.Status, refused.WhoMay));
        var untouched = await Host.Http.GetQuoteAsync(Erdogan(again));
        Assert.Equal(("InReview", "sam@desk", current.ETag), (untouched.State, untouched.ClaimedBy, untouched.ETag));

        // An Editor may decide anyone's claim, here as for a single quote.
        var byEditor = Assert.Single((await ApplyAsync(origin, [(current.ArticleId, current.QuoteId, current.ETag)], user: "ed@desk", roles: "Editor")).Results);
        Assert.Equal(("applied", "Verified"), (byEditor.Outcome, byEditor.State));

        // The origin's matches now show the new states.
        var states = (await Host.Http.GetQuoteAsync(origin)).Matches!.Items.ToDictionary(m => m.ArticleId, m => m.State);
        Assert.Equal("Verified", states["link-wire-2"]);
        Assert.Equal("Verified", states["link-wire-2b"]);
        _ = wire;
    }

    [Fact]
    public async Task ApplyingWithoutAVerdict_Is409_AndANonMatch_IsReportedNotLinked()
    {
        var seed = await IngestAsync("link-seed-3", Seeds.IdlibArticle, "https://news.example.com/idlib-3", "Erdogan to meet Putin");
        var origin = Erdogan(seed);

        using var noVerdict = await Host.Http.PostAsJsonAsync($"api/quotes/{origin.ArticleId}/{origin.QuoteId}/apply-to-matches", new { reviewer = "rita@desk", matches = new[] { new { articleId = "x", quoteId = "y", eTag = "\"z\"" } } }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, noVerdict.StatusCode);

        var claimed = await (await Host.Http.TransitionAsync(origin, "claim")).ReadQuoteAsync();
        await Host.Http.TransitionAsync(claimed, "markUnverifiable");
        var unrelated = seed.Single(q => q.Text.StartsWith("Our militaries", StringComparison.Ordinal));
        var result = await ApplyAsync(origin, [(unrelated.ArticleId, unrelated.QuoteId, unrelated.ETag)], user: "rita@desk");
        Assert.Equal("notLinked", Assert.Single(result.Results).Outcome);
        Assert.Equal("New", (await Host.Http.GetQuoteAsync(unrelated)).State);

        using var empty = await Host.Http.PostAsJsonAsync($"api/quotes/{origin.ArticleId}/{origin.QuoteId}/apply-to-matches", new { reviewer = "rita@desk", matches = Array.Empty<object>() }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        // Nobody named: 401; no review role: one 403 saying who may, not one per match.
        using var anonymous = await Host.Http.PostAsJsonAsync($"api/quotes/{origin.ArticleId}/{origin.QuoteId}/apply-to-matches", new { matches = new[] { new { unrelated.ArticleId, unrelated.QuoteId, unrelated.ETag } } }, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var submitter = await PostApplyAsync(origin, [(unrelated.ArticleId, unrelated.QuoteId, unrelated.ETag)], user: "wire-feed", roles: "Submitter");
        Assert.Equal(HttpStatusCode.Forbidden, submitter.StatusCode);
        Assert.Equal("a Reviewer or an Editor", (await submitter.ReadProblemAsync()).GetProperty("whoMay").GetString());
    }

    private Task<HttpResponseMessage> PostApplyAsync(QuoteResponse origin, IEnumerable<(string ArticleId, string QuoteId, string? ETag)> matches, string user, string? roles = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/quotes/{origin.ArticleId}/{origin.QuoteId}/apply-to-matches")
        {
            Content = JsonContent.Create(new { matches = matches.Select(m => new { articleId = m.ArticleId, quoteId = m.QuoteId, eTag = m.ETag }) }),
        };
        request.Headers.Add("X-QuoteCheck-User", user);
        if (roles is not null)
        {
            request.Headers.Add("X-QuoteCheck-Roles", roles);
        }

        return Host.Http.SendAsync(request, Cancel);
    }

    private async Task<ApplyToMatchesResponse> ApplyAsync(QuoteResponse origin, IEnumerable<(string ArticleId, string QuoteId, string? ETag)> matches, string user, string? roles = null)
    {
        using var response = await PostApplyAsync(origin, matches, user, roles);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ApplyToMatchesResponse>(JsonSerializerOptions.Web, Cancel))!;
    }
}

/// <summary>A new quote matching a decided one arrives marked, and the desk can list those first.</summary>
public sealed class PreviouslyDecidedTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task ANewQuoteMatchingADecidedOne_ArrivesPreviouslyDecided_AndIsListedFirstByTheDesk()
    {
        var seed = await IngestAsync("link-seed-4", Seeds.IdlibArticle, "https://news.example.com/idlib-4", "Erdogan to meet Putin");
        var origin = await Eventually.GetAsync(async () => await Host.Http.GetQuoteAsync(Erdogan(seed)) is { IdentityId: not null } q ? q : null, "the seed to be linked");
        var claimed = await (await Host.Http.TransitionAsync(origin, "claim")).ReadQuoteAsync();
        await Host.Http.TransitionAsync(claimed, "misattribute", body: new { action = "misattribute", reviewer = "rita@desk", correctedSpeaker = "Mevlut Cavusoglu" });

        var wire = await IngestAsync("link-wire-4", WireStory, "https://wire.example.com/moscow-4", "Erdogan flies to Moscow");
        var arrived = await Eventually.GetAsync(
            async () => await Host.Http.GetQuoteAsync(Erdogan(wire)) is { PreviouslyDecided: not null } q ? q : null,
            "the copy to arrive previously decided");

        Assert.Equal(("Misattributed", "rita@desk", origin.QuoteId), (arrived.PreviouslyDecided!.Verdict, arrived.PreviouslyDecided.Reviewer, arrived.PreviouslyDecided.QuoteId));
        Assert.StartsWith("previously decided: Misattributed by rita@desk on ", arrived.PreviouslyDecided.Text, StringComparison.Ordinal);
        var first = await Eventually.GetAsync(
            async () => await Host.Http.ListQuotesAsync("state=New&previouslyDecided=true&pageSize=100") is { } page && page.Items.Any(q => q.QuoteId == arrived.QuoteId && q.ArticleId == "link-wire-4") ? page : null,
            "the copy to be listed among the previously decided");
        Assert.NotNull(first.Items.Single(q => q.QuoteId == arrived.QuoteId && q.ArticleId == "link-wire-4").PreviouslyDecided);
        Assert.DoesNotContain(first.Items, q => q.PreviouslyDecided is null);

        // Once decided, it leaves the "previously decided" list.
        var mine = await (await Host.Http.TransitionAsync(arrived, "claim")).ReadQuoteAsync();
        await Host.Http.TransitionAsync(mine, "misattribute", body: new { action = "misattribute", reviewer = "rita@desk", correctedSpeaker = "Mevlut Cavusoglu" });
        var after = await Host.Http.ListQuotesAsync("previouslyDecided=true&pageSize=100");
        Assert.DoesNotContain(after.Items, q => q.QuoteId == arrived.QuoteId && q.ArticleId == "link-wire-4");
    }
}

/// <summary>Canonical speakers with counts by state, and their quotes across articles.</summary>
public sealed class SpeakersTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task Speakers_AreListedWithCountsByState_AndTheirQuotesAcrossArticlesNewestFirst()
    {
        var seed = await IngestAsync("link-seed-5", Seeds.IdlibArticle, "https://news.example.com/idlib-5", "Erdogan to meet Putin");
        await Task.Delay(20, Cancel);
        var wire = await IngestAsync("link-wire-5", WireStory, "https://wire.example.com/moscow-5", "Erdogan flies to Moscow");
        await LinkedAsync(Erdogan(wire), 1);
        var peskovSeed = seed.Where(q => q.Speaker == "Dmitry Peskov").ToList();
        var claimed = await (await Host.Http.TransitionAsync(peskovSeed[0], "claim")).ReadQuoteAsync();

        var page = await Eventually.GetAsync(
            async () => await Host.Http.GetFromJsonAsync<SpeakerQuotePageResponse>("api/speakers/dmitry%20peskov/quotes", JsonSerializerOptions.Web, Cancel) is { Speaker.Counts: var c } p && c["InReview"] == 1 && p.Speaker.Total == 3 ? p : null,
            "Peskov's counts to follow the claim");

        Assert.Equal("Dmitry Peskov", page.Speaker!.Name);
        Assert.Equal(2, page.Speaker.Counts["New"]);
        Assert.Equal(["link-wire-5", "link-seed-5", "link-seed-5"], page.Items.Select(q => q.ArticleId));
        Assert.Equal("InReview", page.Items.Single(q => q.QuoteId == claimed.QuoteId).State);

        var speakers = await Host.Http.GetFromJsonAsync<SpeakerPageResponse>("api/speakers?pageSize=100", JsonSerializerOptions.Web, Cancel);
        var peskov = speakers!.Items.Single(s => s.Key == "dmitry peskov");
        Assert.Equal(3, peskov.Total);
        Assert.Equal(speakers.Items.Select(s => s.Key).Order(StringComparer.Ordinal), speakers.Items.Select(s => s.Key));

        var inReview = await Host.Http.GetFromJsonAsync<SpeakerQuotePageResponse>("api/speakers/Dmitry%20Peskov/quotes?state=InReview", JsonSerializerOptions.Web, Cancel);
        Assert.Equal(claimed.QuoteId, Assert.Single(inReview!.Items).QuoteId);

        using var unknown = await Host.Http.GetAsync("api/speakers/nobody%20at%20all/quotes", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

}

/// <summary>A speaker's quotes page by page; a host and tables of its own, so the counts of other tests never mix in.</summary>
public sealed class SpeakerPagingTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task SpeakerPages_FollowTheContinuationToken_OneStorageQueryEach()
    {
        await IngestAsync("link-seed-6", Seeds.IdlibArticle, "https://news.example.com/idlib-6", "Erdogan to meet Putin");
        await SpeakerPageAsync("dmitry%20peskov", total: 2);

        var first = await Host.Http.GetFromJsonAsync<SpeakerQuotePageResponse>("api/speakers/dmitry%20peskov/quotes?pageSize=1", JsonSerializerOptions.Web, Cancel);
        Assert.Single(first!.Items);
        Assert.NotNull(first.ContinuationToken);
        var second = await Host.Http.GetFromJsonAsync<SpeakerQuotePageResponse>($"api/speakers/dmitry%20peskov/quotes?pageSize=1&continuationToken={Uri.EscapeDataString(first.ContinuationToken!)}", JsonSerializerOptions.Web, Cancel);
        Assert.Single(second!.Items);
        Assert.NotEqual(first.Items[0].QuoteId + first.Items[0].ArticleId, second.Items[0].QuoteId + second.Items[0].ArticleId);

        using var foreign = await Host.Http.GetAsync($"api/speakers/recep%20tayyip%20erdogan/quotes?continuationToken={Uri.EscapeDataString(first.ContinuationToken!)}", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }
}

/// <summary>A transition and the linker on the same quote at once: the speaker's counts follow the transition either way.</summary>
public sealed class SpeakerCountRaceTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task AClaimOnAQuoteReadBeforeItWasLinked_StillMovesItsSpeakersCounts()
    {
        await IngestAsync("link-race-1", Seeds.IdlibArticle, "https://news.example.com/idlib-race", "Erdogan to meet Putin");
        await SpeakerPageAsync("dmitry%20peskov", total: 2);

        // The reviewer's read happened before the linker wrote the link row; the commit lands after the linker's own
        // check of the article's ETags. The store must find the link itself, or nobody ever moves the counts.
        var store = Host.Get<QuoteCheck.Core.Quotes.IQuoteStore>();
        var current = (await store.ListArticleQuotesAsync("link-race-1", Cancel)).First(q => q.Extraction.Speaker == "Dmitry Peskov");
        Assert.NotNull(current.Link);
        var readBeforeLinking = current with { Link = null };
        var claim = new QuoteCheck.Core.Review.ReviewEvent
        {
            Revision = current.Revision + 1,
            OccurredAt = DateTimeOffset.UtcNow,
            Reviewer = "rita@desk",
            Action = QuoteCheck.Core.Review.ReviewAction.Claim,
            From = QuoteCheck.Core.Review.ReviewState.New,
            To = QuoteCheck.Core.Review.ReviewState.InReview,
        };
        await store.ApplyReviewAsync(readBeforeLinking, claim, current.ETag!, Cancel);

        var page = await Host.Http.GetFromJsonAsync<SpeakerQuotePageResponse>("api/speakers/dmitry%20peskov/quotes", JsonSerializerOptions.Web, Cancel);
        Assert.Equal(1, page!.Speaker!.Counts.GetValueOrDefault("InReview"));
        Assert.Equal(1, page.Speaker.Counts.GetValueOrDefault("New"));
        Assert.Equal("InReview", page.Items.Single(q => q.QuoteId == current.QuoteId).State);
        var listed = await Host.Http.ListQuotesAsync("state=InReview&pageSize=100");
        Assert.NotNull(listed.Items.Single(q => q.QuoteId == current.QuoteId && q.ArticleId == "link-race-1").IdentityId);
    }
}

/// <summary>Most quotes are alone in their identity: reading one looks at no members, until a match joins it.</summary>
public sealed class LoneQuoteTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task AQuoteAloneInItsIdentity_IsReadWithoutLookingAtMembers_AndListsTheMatchThatJoinsIt()
    {
        var seed = await IngestAsync("link-alone-1", Seeds.IdlibArticle, "https://news.example.com/idlib-alone", "Erdogan to meet Putin");
        await SpeakerPageAsync("dmitry%20peskov", total: 2);
        var erdogan = Erdogan(seed);

        Host.Storage.Clear();
        var alone = await Host.Http.GetQuoteAsync(erdogan);
        Assert.NotNull(alone.IdentityId);
        Assert.Equal(0, alone.Matches!.Count);
        Assert.DoesNotContain(Host.Storage.Requests, r => r.Contains("QuoteIdentities", StringComparison.Ordinal));

        await IngestAsync("link-alone-wire", WireStory, "https://wire.example.com/moscow-alone", "Erdogan flies to Moscow");
        var shared = await LinkedAsync(erdogan, 1);
        Assert.Equal("link-alone-wire", Assert.Single(shared.Matches!.Items).ArticleId);
        Host.Storage.Clear();
        await Host.Http.GetQuoteAsync(erdogan);
        Assert.Contains(Host.Storage.Requests, r => r.Contains("QuoteIdentities", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AQuoteMatchingOneThatLeftTheQueue_IsStillLinked_OnceTheWaitForItRunsOut()
    {
        const string first = "HALIFAX (Wire) - Mayor Ann Roe spoke on Friday.\n\u201CEvery pier along the harbour will be rebuilt by the autumn,\u201D Roe said.\n";
        var quote = Assert.Single(await IngestAsync("link-gone-1", first, "https://news.example.com/piers", "Piers to be rebuilt"));
        await LinkedAsync(quote);

        // A new version of the article drops the quote: it leaves the review queue and its identity's members.
        await IngestAsync("link-gone-1", "HALIFAX (Wire) - Mayor Ann Roe spoke on Friday about the budget.\n", "https://news.example.com/piers", "Piers to be rebuilt");
        await Eventually.GetAsync(
            async () => await Host.Http.GetFromJsonAsync<MatchPageResponse>($"api/quotes/{quote.ArticleId}/{quote.QuoteId}/matches", JsonSerializerOptions.Web, Cancel) is { Items.Count: 0 } page ? page : null,
            "the dropped quote to leave its identity's members");
        Assert.True((await Host.Http.GetQuoteAsync(quote)).Vanished);

        // Another outlet prints the same words; the quote that started their identity is gone for good.
        Host.Clock.Advance(QuoteCheck.Core.Linking.QuoteLinker.PendingTimeout + TimeSpan.FromSeconds(1));
        var copy = Assert.Single(await IngestAsync("link-gone-2", first.Replace("(Wire)", "(Post)", StringComparison.Ordinal), "https://post.example.com/piers", "Harbour piers"));
        var linked = await LinkedAsync(copy);
        Assert.Equal(0, linked.Matches!.Count);
    }

    [Fact]
    public async Task AQuoteRepeatedInItsOwnArticle_MatchesItsFirstTelling()
    {
        const string text = "HALIFAX (Wire) - Mayor Ann Roe spoke at the rally on Friday.\n" +
            "\u201CWe will rebuild the harbour and every pier along it,\u201D Roe said.\n" +
            "Later she told reporters again: \u201CWe will rebuild the harbour and every pier along it.\u201D\n";
        var quotes = await IngestAsync("link-repeat-1", text, "https://news.example.com/harbour", "Roe vows to rebuild");
        Assert.Equal(2, quotes.Count);
        var first = await LinkedAsync(quotes[0], 1);
        Assert.Equal(quotes[1].QuoteId, Assert.Single(first.Matches!.Items).QuoteId);
    }
}

/// <summary>
/// The linker adds a joining quote's member and speaker rows without reading them first; when they are there after all
/// (its link rows were lost after the copies were written), the write falls back to reading them and nothing is counted twice.
/// </summary>
public sealed class RelinkAfterLostLinkRowsTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task LinkingAgainWithoutLinkRows_KeepsEachSpeakersCountsAndEachMemberOnce()
    {
        var seed = await IngestAsync("link-lost-1", Seeds.IdlibArticle, "https://news.example.com/idlib-lost", "Erdogan to meet Putin");
        await SpeakerPageAsync("dmitry%20peskov", total: 2);
        var wire = await IngestAsync("link-lost-wire", WireStory, "https://wire.example.com/moscow-lost", "Erdogan flies to Moscow");
        await LinkedAsync(Erdogan(wire), 1);
        await SpeakerPageAsync("dmitry%20peskov", total: 3);

        var layout = Host.Get<StorageLayout>();
        foreach (var quote in wire)
        {
            await layout.Articles.DeleteEntityAsync(quote.ArticleId, QuoteEntities.LinkRowKey(quote.QuoteId), Azure.ETag.All, Cancel);
        }

        await Host.Get<ArticleLinker>().LinkArticleAsync("link-lost-wire", Cancel);

        var peskov = await Host.Http.GetFromJsonAsync<SpeakerQuotePageResponse>("api/speakers/dmitry%20peskov/quotes", JsonSerializerOptions.Web, Cancel);
        Assert.Equal(3, peskov!.Speaker!.Total);
        Assert.Equal(3, peskov.Speaker.Counts["New"]);
        Assert.Equal(3, peskov.Items.Count);
        var speakers = await Host.Http.GetFromJsonAsync<SpeakerPageResponse>("api/speakers?pageSize=100", JsonSerializerOptions.Web, Cancel);
        Assert.Equal(3, speakers!.Items.Single(s => s.Key == "dmitry peskov").Total);
        var erdogan = await LinkedAsync(Erdogan(seed), 1);
        Assert.Equal("link-lost-wire", Assert.Single(erdogan.Matches!.Items).ArticleId);
        var relinked = await Host.Http.GetQuoteAsync(Erdogan(wire));
        Assert.Equal(erdogan.IdentityId, relinked.IdentityId);
    }
}

/// <summary>A widely reprinted quote is read by many at once: its copies' GETs share the query of their identity's first page.</summary>
public sealed class MatchReadSharingTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task ManyGetsOfASharedQuoteAtOnce_EachListItsMatch_FromFewerMemberQueriesThanRequests()
    {
        var seed = await IngestAsync("link-burst-1", Seeds.IdlibArticle, "https://news.example.com/idlib-burst", "Erdogan to meet Putin");
        await IngestAsync("link-burst-wire", WireStory, "https://wire.example.com/moscow-burst", "Erdogan flies to Moscow");
        var erdogan = await LinkedAsync(Erdogan(seed), 1);

        const int requests = 40;
        Host.Storage.Clear();
        var answers = await Task.WhenAll(Enumerable.Range(0, requests).Select(_ => Host.Http.GetQuoteAsync(erdogan)));

        Assert.All(answers, a => Assert.Equal("link-burst-wire", Assert.Single(a.Matches!.Items).ArticleId));
        var memberQueries = Host.Storage.Requests.Count(r => r.Contains("QuoteIdentities", StringComparison.Ordinal));
        Assert.InRange(memberQueries, 1, requests - 1);
    }
}

/// <summary>
/// A shared quote read again reuses the link it was read with while its row is unchanged: the quote row and the
/// identity's members are read every time, the link row only when the quote changed or the link is older than it may be.
/// </summary>
public sealed class RememberedLinkTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task ASharedQuoteReadAgain_SkipsItsLinkRow_ButShowsEveryChangeToItOrItsMatches()
    {
        var seed = await IngestAsync("link-known-1", Seeds.IdlibArticle, "https://news.example.com/idlib-known", "Erdogan to meet Putin");
        var wire = await IngestAsync("link-known-wire", WireStory, "https://wire.example.com/moscow-known", "Erdogan flies to Moscow");
        var erdogan = await LinkedAsync(Erdogan(seed), 1);

        Host.Storage.Clear();
        var again = await Host.Http.GetQuoteAsync(erdogan);
        Assert.Equal(erdogan.IdentityId, again.IdentityId);
        Assert.DoesNotContain(Host.Storage.Requests, IsLinkRow);
        Assert.Contains(Host.Storage.Requests, IsMembersVersion);

        // Read again with nothing changed: the members page read before is still the page, and its version row says so.
        Host.Storage.Clear();
        Assert.Equal("New", Assert.Single((await Host.Http.GetQuoteAsync(erdogan)).Matches!.Items).State);
        Assert.Contains(Host.Storage.Requests, IsMembersVersion);
        Assert.DoesNotContain(Host.Storage.Requests, IsMembersQuery);

        // A match changes: its member row and then the version row are rewritten, so the next read queries the members
        // again and the change shows at once.
        using (var claimed = await Host.Http.TransitionAsync(Erdogan(wire), "claim"))
        {
            claimed.EnsureSuccessStatusCode();
        }

        Host.Storage.Clear();
        Assert.Equal("InReview", Assert.Single((await Host.Http.GetQuoteAsync(erdogan)).Matches!.Items).State);
        Assert.Contains(Host.Storage.Requests, IsMembersQuery);

        // The quote itself changes: a new ETag, and its link row is read again.
        using (var claimed = await Host.Http.TransitionAsync(erdogan, "claim", etag: again.ETag))
        {
            claimed.EnsureSuccessStatusCode();
        }

        Host.Storage.Clear();
        var changed = await Host.Http.GetQuoteAsync(erdogan);
        Assert.Equal("InReview", changed.State);
        Assert.NotEqual(again.ETag, changed.ETag);
        Assert.Contains(Host.Storage.Requests, IsLinkRow);

        // A link row rewritten behind the quote's back (a repair) shows once the remembered link has lasted its time.
        var layout = Host.Get<StorageLayout>();
        await layout.Articles.DeleteEntityAsync(erdogan.ArticleId, QuoteEntities.LinkRowKey(erdogan.QuoteId), Azure.ETag.All, Cancel);
        Assert.Equal(erdogan.IdentityId, (await Host.Http.GetQuoteAsync(erdogan)).IdentityId);
        Host.Clock.Advance(RememberedLinks.Lifetime);
        Assert.Null((await Host.Http.GetQuoteAsync(erdogan)).IdentityId);
    }

    private static bool IsLinkRow(string request) => request.Contains("Articles", StringComparison.Ordinal) && request.Contains("~link", StringComparison.Ordinal);

    private static bool IsMembersQuery(string request) => request.Contains("QuoteIdentities()", StringComparison.Ordinal);

    private static bool IsMembersVersion(string request) => request.Contains("QuoteIdentities", StringComparison.Ordinal) && request.Contains("~version", StringComparison.Ordinal);
}

/// <summary>A kept members page lasts its time at most, whoever changed a member row.</summary>
public sealed class KeptMemberPageTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task AMemberRowChangedWithoutItsVersion_ShowsOnceTheKeptPageHasLastedItsTime()
    {
        var seed = await IngestAsync("link-known-2", Seeds.IdlibArticle, "https://news.example.com/idlib-known-2", "Erdogan to meet Putin");
        var wire = await IngestAsync("link-known-wire-2", WireStory, "https://wire.example.com/moscow-known-2", "Erdogan flies to Moscow");
        var erdogan = await LinkedAsync(Erdogan(seed), 1);
        Assert.Equal("New", Assert.Single((await Host.Http.GetQuoteAsync(erdogan)).Matches!.Items).State);

        // A writer that does not renew the identity's version (an older build mid-deployment) changes the match's row.
        var layout = Host.Get<StorageLayout>();
        var partition = "m|" + erdogan.IdentityId;
        var match = await layout.QuoteIdentities.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == partition && e.GetString("ArticleId") == "link-known-wire-2", cancellationToken: Cancel).FirstAsync(Cancel);
        match["State"] = "InReview";
        await layout.QuoteIdentities.UpdateEntityAsync(match, match.ETag, Azure.Data.Tables.TableUpdateMode.Replace, Cancel);

        Assert.Equal("New", Assert.Single((await Host.Http.GetQuoteAsync(erdogan)).Matches!.Items).State);
        Host.Clock.Advance(MemberPages.Lifetime);
        Assert.Equal("InReview", Assert.Single((await Host.Http.GetQuoteAsync(erdogan)).Matches!.Items).State);
        _ = wire;
    }
}

/// <summary>An article's own quote list carries each quote's link, page by page.</summary>
public sealed class ArticleQuoteListTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    [Fact]
    public async Task AnArticlesQuoteList_ShowsEachLinkedQuotesIdentity_OnEveryPage()
    {
        var seed = await IngestAsync("link-list-1", Seeds.IdlibArticle, "https://news.example.com/idlib-list", "Erdogan to meet Putin");
        await IngestAsync("link-list-wire", WireStory, "https://wire.example.com/moscow-list", "Erdogan flies to Moscow");
        var linked = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var quote in seed)
        {
            linked[quote.QuoteId] = (await LinkedAsync(quote)).IdentityId;
        }

        var whole = await Host.Http.ListQuotesAsync("articleId=link-list-1");
        Assert.Equal(linked, whole.Items.ToDictionary(q => q.QuoteId, q => q.IdentityId));

        // One quote a page: every quote once, in reading order, each with its identity.
        var paged = new List<QuoteResponse>();
        string? token = null;
        do
        {
            var page = await Host.Http.ListQuotesAsync("articleId=link-list-1&pageSize=1" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token)));
            Assert.True(page.Items.Count <= 1);
            paged.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null && paged.Count <= seed.Count);

        Assert.Equal(seed.Select(q => q.QuoteId), paged.Select(q => q.QuoteId));
        Assert.All(paged, q => Assert.Equal(linked[q.QuoteId], q.IdentityId));

        // The filters still apply to the quotes, not to the links: one New quote claimed, the rest listed with their links.
        using (var claimed = await Host.Http.TransitionAsync(await Host.Http.GetQuoteAsync(seed[0]), "claim"))
        {
            claimed.EnsureSuccessStatusCode();
        }

        var stillNew = await Host.Http.ListQuotesAsync("articleId=link-list-1&state=New");
        Assert.Equal(seed.Skip(1).Select(q => (q.QuoteId, linked[q.QuoteId])), stillNew.Items.Select(q => (q.QuoteId, q.IdentityId)));
    }
}

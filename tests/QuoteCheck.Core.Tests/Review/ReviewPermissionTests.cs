using QuoteCheck.Core.Review;
using static QuoteCheck.Core.Review.ReviewAction;
using static QuoteCheck.Core.Review.ReviewState;

namespace QuoteCheck.Core.Tests.Review;

/// <summary>Who may do what: claimants decide their own quotes, Editors decide anyone's and alone publish and reopen published quotes.</summary>
public class ReviewPermissionTests
{
    private static readonly Actor Ana = new() { Id = "a1a1a1a1-0000-4000-8000-000000000001", Name = "ana@example.org", Roles = AppRoles.Reviewer };
    private static readonly Actor Ben = new() { Id = "b2b2b2b2-0000-4000-8000-000000000002", Name = "ben@example.org", Roles = AppRoles.Reviewer };
    private static readonly Actor Eda = new() { Id = "e3e3e3e3-0000-4000-8000-000000000003", Name = "eda@example.org", Roles = AppRoles.Editor };
    private static readonly Actor Bot = new() { Id = "5b5b5b5b-0000-4000-8000-000000000005", Name = "app wire-feed", Roles = AppRoles.Submitter };
    private static readonly Actor Nobody = new() { Id = "0e0e0e0e-0000-4000-8000-000000000000", Name = "guest@example.org", Roles = AppRoles.None };

    private static readonly Claimant ClaimedByAna = Ana.AsClaimant();

    private static readonly ReviewAction[] Decisions = [Release, Verify, Misattribute, Misquote, MarkUnverifiable, RejectAsNotAQuote];

    public static TheoryData<ReviewAction> DecisionsInReview() => [.. Decisions];

    public static TheoryData<ReviewState> Verdicts() => [Verified, Misattributed, Misquoted, Unverifiable, NotAQuote];

    [Fact]
    public void AReviewer_ClaimsANewQuote_AndBecomesItsClaimant()
    {
        var decision = ReviewWorkflow.Apply(New, null, ReviewRequests.ValidFor(Claim, Ana));

        Assert.Equal(InReview, decision.To);
        Assert.Equal(ClaimedByAna, decision.ClaimedBy);
        Assert.Equal(Ana.Id, decision.ToEvent(1, DateTimeOffset.UnixEpoch).ReviewerId);
    }

    [Fact]
    public void AnEditor_MayClaimToo()
    {
        Assert.Equal(Eda.AsClaimant(), ReviewWorkflow.Apply(New, null, ReviewRequests.ValidFor(Claim, Eda)).ClaimedBy);
    }

    [Theory]
    [MemberData(nameof(DecisionsInReview))]
    public void TheClaimant_DecidesOrReleasesTheirQuote(ReviewAction action)
    {
        var decision = ReviewWorkflow.Apply(InReview, ClaimedByAna, ReviewRequests.ValidFor(action, Ana));

        Assert.Equal(action == Release ? null : ClaimedByAna, decision.ClaimedBy);
    }

    [Theory]
    [MemberData(nameof(DecisionsInReview))]
    public void AnotherReviewer_MayNotDecideOrReleaseSomeoneElsesClaim_AndIsToldWhoMay(ReviewAction action)
    {
        var refused = Assert.Throws<ReviewForbiddenException>(() => ReviewWorkflow.Apply(InReview, ClaimedByAna, ReviewRequests.ValidFor(action, Ben)));

        Assert.Equal(action, refused.AttemptedAction);
        Assert.Equal($"ana@example.org claimed this quote: only ana@example.org or an Editor may '{action.ToWireName()}' it.", refused.Message);
        Assert.Equal("ana@example.org (who claimed it) or an Editor", refused.WhoMay);
    }

    [Theory]
    [MemberData(nameof(DecisionsInReview))]
    public void AnEditor_DecidesOrReleasesAnyonesClaim_AndTheClaimStaysWithTheClaimant(ReviewAction action)
    {
        var decision = ReviewWorkflow.Apply(InReview, ClaimedByAna, ReviewRequests.ValidFor(action, Eda));

        Assert.Equal(action == Release ? null : ClaimedByAna, decision.ClaimedBy);
        Assert.Equal("eda@example.org", decision.Reviewer);
    }

    [Fact]
    public void OwnershipFollowsTheId_NotTheName()
    {
        var impostor = Ben with { Name = Ana.Name };
        var renamed = Ana with { Name = "ana.ortiz@example.org", Id = Ana.Id.ToUpperInvariant() };

        Assert.Throws<ReviewForbiddenException>(() => ReviewWorkflow.Apply(InReview, ClaimedByAna, ReviewRequests.ValidFor(Verify, impostor)));
        Assert.Equal(Verified, ReviewWorkflow.Apply(InReview, ClaimedByAna, ReviewRequests.ValidFor(Verify, renamed)).To);
    }

    [Fact]
    public void AQuoteInReviewWithNoRecordedClaim_IsForEditorsOnly()
    {
        var refused = Assert.Throws<ReviewForbiddenException>(() => ReviewWorkflow.Apply(InReview, null, ReviewRequests.ValidFor(Verify, Ana)));

        Assert.Equal("No claim is recorded on this quote, so only an Editor may 'verify' it.", refused.Message);
        Assert.Equal(New, ReviewWorkflow.Apply(InReview, null, ReviewRequests.ValidFor(Release, Eda)).To);
    }

    [Theory]
    [InlineData(Verified)]
    [InlineData(Misattributed)]
    [InlineData(Misquoted)]
    public void OnlyAnEditor_Publishes_NotEvenTheClaimant(ReviewState verdict)
    {
        foreach (var reviewer in new[] { Ana, Ben })
        {
            var refused = Assert.Throws<ReviewForbiddenException>(() => ReviewWorkflow.Apply(verdict, ClaimedByAna, ReviewRequests.ValidFor(Publish, reviewer)));
            Assert.Equal($"Only an Editor may publish a quote; {reviewer.Name} is not an Editor.", refused.Message);
            Assert.Equal("an Editor", refused.WhoMay);
        }

        Assert.Equal(Published, ReviewWorkflow.Apply(verdict, ClaimedByAna, ReviewRequests.ValidFor(Publish, Eda)).To);
    }

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void AVerdict_IsReopenedByItsClaimantOrAnEditor_NotByAnotherReviewer(ReviewState verdict)
    {
        Assert.Equal(ClaimedByAna, ReviewWorkflow.Apply(verdict, ClaimedByAna, ReviewRequests.ValidFor(Reopen, Ana)).ClaimedBy);
        Assert.Equal(ClaimedByAna, ReviewWorkflow.Apply(verdict, ClaimedByAna, ReviewRequests.ValidFor(Reopen, Eda)).ClaimedBy);
        var refused = Assert.Throws<ReviewForbiddenException>(() => ReviewWorkflow.Apply(verdict, ClaimedByAna, ReviewRequests.ValidFor(Reopen, Ben)));
        Assert.Contains("only ana@example.org or an Editor may 'reopen' it", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APublishedQuote_IsReopenedOnlyByAnEditor()
    {
        var refused = Assert.Throws<ReviewForbiddenException>(() => ReviewWorkflow.Apply(Published, ClaimedByAna, ReviewRequests.ValidFor(Reopen, Ana)));
        Assert.Equal("Only an Editor may reopen a published quote; ana@example.org is not an Editor.", refused.Message);

        var reopened = ReviewWorkflow.Apply(Published, ClaimedByAna, ReviewRequests.ValidFor(Reopen, Eda));
        Assert.Equal(InReview, reopened.To);
        Assert.Equal(ClaimedByAna, reopened.ClaimedBy);
    }

    [Theory]
    [InlineData(AppRoles.Submitter)]
    [InlineData(AppRoles.None)]
    public void WithoutTheReviewerOrEditorRole_NothingMayBeDone(AppRoles roles)
    {
        var actor = (roles == AppRoles.None ? Nobody : Bot) with { Roles = roles };

        var refused = Assert.Throws<ReviewForbiddenException>(() => ReviewWorkflow.Apply(New, null, ReviewRequests.ValidFor(Claim, actor)));

        Assert.Equal($"'claim' needs the Reviewer or Editor role, and {actor.Name} holds neither: ask whoever runs QuoteCheck to assign one.", refused.Message);
        Assert.Equal("a Reviewer or an Editor", refused.WhoMay);
        Assert.Throws<ReviewForbiddenException>(() => ReviewWorkflow.Apply(InReview, actor.AsClaimant(), ReviewRequests.ValidFor(Verify, actor)));
    }

    [Fact]
    public void AnIllegalMove_IsReportedAsSuch_BeforeWhoMayMakeIt()
    {
        // Publishing a new quote is wrong for everyone (409), not just for a Reviewer (403).
        Assert.Throws<IllegalTransitionException>(() => ReviewWorkflow.Apply(New, null, ReviewRequests.ValidFor(Publish, Ana)));
    }

    [Fact]
    public void AllowedActions_ForACaller_AreTheStatesMovesThatCallerMayMake()
    {
        Assert.Equal([Claim], ReviewWorkflow.AllowedActions(New, null, Ben));
        Assert.Equal(Decisions, ReviewWorkflow.AllowedActions(InReview, ClaimedByAna, Ana));
        Assert.Empty(ReviewWorkflow.AllowedActions(InReview, ClaimedByAna, Ben));
        Assert.Equal(Decisions, ReviewWorkflow.AllowedActions(InReview, ClaimedByAna, Eda));
        Assert.Equal([Reopen], ReviewWorkflow.AllowedActions(Verified, ClaimedByAna, Ana));
        Assert.Equal([Reopen, Publish], ReviewWorkflow.AllowedActions(Verified, ClaimedByAna, Eda));
        Assert.Empty(ReviewWorkflow.AllowedActions(Published, ClaimedByAna, Ana));
        Assert.Equal([Reopen], ReviewWorkflow.AllowedActions(Published, ClaimedByAna, Eda));
        Assert.Empty(ReviewWorkflow.AllowedActions(New, null, Bot));
    }

    [Fact]
    public void AClaimOnAReleasedQuote_GoesToWhoeverClaimsItNext()
    {
        var released = ReviewWorkflow.Apply(InReview, ClaimedByAna, ReviewRequests.ValidFor(Release, Ana));
        var reclaimed = ReviewWorkflow.Apply(released.To, released.ClaimedBy, ReviewRequests.ValidFor(Claim, Ben));

        Assert.Equal(Ben.AsClaimant(), reclaimed.ClaimedBy);
        Assert.Throws<ReviewForbiddenException>(() => ReviewWorkflow.Apply(reclaimed.To, reclaimed.ClaimedBy, ReviewRequests.ValidFor(Verify, Ana)));
    }
}

using QuoteCheck.Core.Review;
using static QuoteCheck.Core.Review.ReviewState;

namespace QuoteCheck.Core.Tests.Review;

/// <summary>
/// Every pair of state and action, checked against a grid written out here independently of the production table. The
/// requests come from an Editor, who may take every action a state allows (who may do what is ReviewPermissionTests').
/// </summary>
public class ReviewTransitionTableTests
{
    private static ReviewState? No => null;

    // Columns, in ReviewAction order (a guard test below fails if the enum changes under this grid):
    //   claim, release, verify, misattribute, misquote, markUnverifiable, rejectAsNotAQuote, reopen, publish
    // Each cell is the state the action leads to, or No when the move is illegal.
    private static readonly Dictionary<ReviewState, ReviewState?[]> Expected = new()
    {
        [New] = [InReview, No, No, No, No, No, No, No, No],
        [InReview] = [No, New, Verified, Misattributed, Misquoted, Unverifiable, NotAQuote, No, No],
        [Verified] = [No, No, No, No, No, No, No, InReview, Published],
        [Misattributed] = [No, No, No, No, No, No, No, InReview, Published],
        [Misquoted] = [No, No, No, No, No, No, No, InReview, Published],
        [Unverifiable] = [No, No, No, No, No, No, No, InReview, No],
        [NotAQuote] = [No, No, No, No, No, No, No, InReview, No],
        [Published] = [No, No, No, No, No, No, No, InReview, No],
    };

    private static readonly ReviewAction[] Columns =
    [
        ReviewAction.Claim, ReviewAction.Release, ReviewAction.Verify, ReviewAction.Misattribute, ReviewAction.Misquote,
        ReviewAction.MarkUnverifiable, ReviewAction.RejectAsNotAQuote, ReviewAction.Reopen, ReviewAction.Publish,
    ];

    public static TheoryData<ReviewState, ReviewAction> EveryPair()
    {
        var data = new TheoryData<ReviewState, ReviewAction>();
        foreach (var state in Enum.GetValues<ReviewState>())
        {
            foreach (var action in Enum.GetValues<ReviewAction>())
                data.Add(state, action);
        }

        return data;
    }

    [Fact]
    public void ExpectedGrid_CoversEveryStateAndActionOfTheEnums()
    {
        Assert.Equal(Enum.GetValues<ReviewAction>(), Columns);
        Assert.Equal(Enum.GetValues<ReviewState>().Order(), Expected.Keys.Order());
        Assert.All(Expected.Values, row => Assert.Equal(Columns.Length, row.Length));
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Apply_OnEveryPair_MovesOrRefusesAsTheGridSays(ReviewState state, ReviewAction action)
    {
        var request = ReviewRequests.ValidFor(action);
        var expected = ExpectedTarget(state, action);

        if (expected is { } target)
        {
            var decision = ReviewWorkflow.Apply(state, null, request);
            Assert.Equal(state, decision.From);
            Assert.Equal(action, decision.Action);
            Assert.Equal(target, decision.To);
        }
        else
        {
            var refused = Assert.Throws<IllegalTransitionException>(() => ReviewWorkflow.Apply(state, null, request));
            Assert.Equal(state, refused.CurrentState);
            Assert.Equal(action, refused.AttemptedAction);
            Assert.Equal(ExpectedAllowed(state), refused.AllowedActions);
            Assert.StartsWith($"Cannot '{action.ToWireName()}' a quote that is {state};", refused.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void IsAllowed_OnEveryPair_AgreesWithTheGrid(ReviewState state, ReviewAction action) =>
        Assert.Equal(ExpectedTarget(state, action) is not null, ReviewWorkflow.IsAllowed(state, action));

    [Theory]
    [InlineData(New, new[] { ReviewAction.Claim })]
    [InlineData(InReview, new[]
    {
        ReviewAction.Release, ReviewAction.Verify, ReviewAction.Misattribute, ReviewAction.Misquote,
        ReviewAction.MarkUnverifiable, ReviewAction.RejectAsNotAQuote,
    })]
    [InlineData(Verified, new[] { ReviewAction.Reopen, ReviewAction.Publish })]
    [InlineData(Misattributed, new[] { ReviewAction.Reopen, ReviewAction.Publish })]
    [InlineData(Misquoted, new[] { ReviewAction.Reopen, ReviewAction.Publish })]
    [InlineData(Unverifiable, new[] { ReviewAction.Reopen })]
    [InlineData(NotAQuote, new[] { ReviewAction.Reopen })]
    [InlineData(Published, new[] { ReviewAction.Reopen })]
    public void AllowedActions_ListsTheLegalMovesInDeclarationOrder(ReviewState state, ReviewAction[] expected)
    {
        Assert.Equal(expected, ReviewWorkflow.AllowedActions(state));
        Assert.Equal(ExpectedAllowed(state), ReviewWorkflow.AllowedActions(state));
    }

    [Fact]
    public void AllowedActions_CannotBeModifiedByACaller()
    {
        var allowed = ReviewWorkflow.AllowedActions(InReview);

        var asList = Assert.IsAssignableFrom<IList<ReviewAction>>(allowed);
        Assert.True(asList.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asList[0] = ReviewAction.Publish);
    }

    [Fact]
    public void AllowedActions_OfAnUndefinedState_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewWorkflow.AllowedActions((ReviewState)99));

    [Fact]
    public void PublishingAQuoteInReview_IsRefusedWithTheAllowedActionsInWireNames()
    {
        var refused = Assert.Throws<IllegalTransitionException>(
            () => ReviewWorkflow.Apply(InReview, null, ReviewRequests.ValidFor(ReviewAction.Publish)));

        Assert.Equal(
            "Cannot 'publish' a quote that is InReview; allowed: release, verify, misattribute, misquote, markUnverifiable, rejectAsNotAQuote.",
            refused.Message);
    }

    [Fact]
    public void APublishedQuote_AllowsOnlyReopening()
    {
        var refused = Assert.Throws<IllegalTransitionException>(
            () => ReviewWorkflow.Apply(Published, null, ReviewRequests.ValidFor(ReviewAction.Verify)));

        Assert.Equal([ReviewAction.Reopen], refused.AllowedActions);
        Assert.Equal("Cannot 'verify' a quote that is Published; allowed: reopen.", refused.Message);
    }

    [Fact]
    public void AQuoteCanGoThroughReviewTwiceAndThenBePublished()
    {
        var state = New;
        foreach (var action in new[]
        {
            ReviewAction.Claim, ReviewAction.MarkUnverifiable, ReviewAction.Reopen, ReviewAction.Release,
            ReviewAction.Claim, ReviewAction.Misattribute, ReviewAction.Publish,
        })
        {
            state = ReviewWorkflow.Apply(state, null, ReviewRequests.ValidFor(action)).To;
        }

        Assert.Equal(Published, state);
    }

    private static ReviewState? ExpectedTarget(ReviewState state, ReviewAction action) =>
        Expected[state][Array.IndexOf(Columns, action)];

    private static ReviewAction[] ExpectedAllowed(ReviewState state) =>
        [.. Columns.Where(action => ExpectedTarget(state, action) is not null)];
}

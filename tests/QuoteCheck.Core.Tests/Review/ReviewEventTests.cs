using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Tests.Review;

/// <summary>The audit event a decision becomes.</summary>
public class ReviewEventTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToEvent_RecordsWhoWhenFromToActionNoteAndCorrection()
    {
        var request = new ReviewTransitionRequest
        {
            Action = ReviewAction.Misattribute,
            Reviewer = ReviewRequests.Named(" ana "),
            Note = " Said by the foreign minister at the briefing. ",
            CorrectedSpeaker = "Sergei Lavrov",
        };

        var recorded = ReviewWorkflow.Apply(ReviewState.InReview, new Claimant("ana", "ana"), request).ToEvent(revision: 3, occurredAt: Noon);

        Assert.Equal(
            new ReviewEvent
            {
                Revision = 3,
                OccurredAt = Noon,
                Reviewer = "ana",
                ReviewerId = "ana",
                Action = ReviewAction.Misattribute,
                From = ReviewState.InReview,
                To = ReviewState.Misattributed,
                Note = "Said by the foreign minister at the briefing.",
                CorrectedSpeaker = "Sergei Lavrov",
                CorrectedText = null,
            },
            recorded);
    }

    [Fact]
    public void ToEvent_CarriesTheCorrectedTextOfAMisquote()
    {
        var recorded = ReviewWorkflow.Apply(ReviewState.InReview, null, ReviewRequests.ValidFor(ReviewAction.Misquote)).ToEvent(1, Noon);

        Assert.Equal("We attach great importance to this.", recorded.CorrectedText);
        Assert.Null(recorded.CorrectedSpeaker);
        Assert.Equal(ReviewState.Misquoted, recorded.To);
    }

    [Fact]
    public void ToEvent_StoresTheTimeInUtc()
    {
        var local = new DateTimeOffset(2026, 3, 14, 14, 0, 0, TimeSpan.FromHours(2));

        var recorded = ReviewWorkflow.Apply(ReviewState.New, null, ReviewRequests.ValidFor(ReviewAction.Claim)).ToEvent(1, local);

        Assert.Equal(TimeSpan.Zero, recorded.OccurredAt.Offset);
        Assert.Equal(Noon, recorded.OccurredAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ToEvent_WithARevisionBelowOne_Throws(int revision)
    {
        var decision = ReviewWorkflow.Apply(ReviewState.New, null, ReviewRequests.ValidFor(ReviewAction.Claim));

        Assert.Throws<ArgumentOutOfRangeException>(() => decision.ToEvent(revision, Noon));
    }
}

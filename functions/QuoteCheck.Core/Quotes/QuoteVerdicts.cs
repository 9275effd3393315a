using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Quotes;

/// <summary>Verdicts: the states in which a reviewer has decided what a quote is.</summary>
public static class QuoteVerdicts
{
    /// <summary>True for Verified, Misattributed, Misquoted, Unverifiable and NotAQuote.</summary>
    public static bool IsVerdict(ReviewState state) => state is ReviewState.Verified or ReviewState.Misattributed or ReviewState.Misquoted or ReviewState.Unverifiable or ReviewState.NotAQuote;

    /// <summary>The action that gives <paramref name="verdict"/>.</summary>
    public static ReviewAction ActionFor(ReviewState verdict) => verdict switch
    {
        ReviewState.Verified => ReviewAction.Verify,
        ReviewState.Misattributed => ReviewAction.Misattribute,
        ReviewState.Misquoted => ReviewAction.Misquote,
        ReviewState.Unverifiable => ReviewAction.MarkUnverifiable,
        ReviewState.NotAQuote => ReviewAction.RejectAsNotAQuote,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a verdict."),
    };

    /// <summary>
    /// What <paramref name="decision"/> should be after <paramref name="reviewEvent"/>: the event itself when it gives a
    /// verdict, unchanged when it publishes, gone when the quote goes back into review.
    /// </summary>
    public static ReviewEvent? DecisionAfter(ReviewEvent? decision, ReviewEvent reviewEvent)
    {
        ArgumentNullException.ThrowIfNull(reviewEvent);
        return IsVerdict(reviewEvent.To) ? reviewEvent : reviewEvent.To == ReviewState.Published ? decision : null;
    }
}

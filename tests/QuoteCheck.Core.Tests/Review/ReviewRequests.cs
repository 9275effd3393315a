using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Tests.Review;

/// <summary>Builds requests for tests.</summary>
internal static class ReviewRequests
{
    public const string Reviewer = "ana.fact@example.org";

    /// <summary>A request that passes validation for <paramref name="action"/>: the reviewer and, where required, the correction.</summary>
    public static ReviewTransitionRequest ValidFor(ReviewAction action) => new()
    {
        Action = action,
        Reviewer = Reviewer,
        CorrectedSpeaker = action == ReviewAction.Misattribute ? "Dmitry Peskov" : null,
        CorrectedText = action == ReviewAction.Misquote ? "We attach great importance to this." : null,
    };
}

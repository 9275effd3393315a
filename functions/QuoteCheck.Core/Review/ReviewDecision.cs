namespace QuoteCheck.Core.Review;

/// <summary>An accepted transition: the state it leads to and the normalized fields to record, made only by <see cref="ReviewWorkflow.Apply"/>.</summary>
public sealed record ReviewDecision
{
    internal ReviewDecision(
        ReviewState from,
        ReviewAction action,
        ReviewState to,
        Actor reviewer,
        Claimant? claimedBy,
        string? note,
        string? correctedSpeaker,
        string? correctedText)
    {
        From = from;
        Action = action;
        To = to;
        Reviewer = reviewer.Name;
        ReviewerId = reviewer.Id;
        ClaimedBy = claimedBy;
        Note = note;
        CorrectedSpeaker = correctedSpeaker;
        CorrectedText = correctedText;
    }

    /// <summary>The state the quote was in.</summary>
    public ReviewState From { get; }

    /// <summary>The action applied.</summary>
    public ReviewAction Action { get; }

    /// <summary>The state the quote moves to.</summary>
    public ReviewState To { get; }

    /// <summary>Who made the move, by name.</summary>
    public string Reviewer { get; }

    /// <summary>The stable id of who made the move.</summary>
    public string ReviewerId { get; }

    /// <summary>Who holds the quote after the move: the claimant on <see cref="ReviewAction.Claim"/>, nobody after <see cref="ReviewAction.Release"/>, otherwise unchanged.</summary>
    public Claimant? ClaimedBy { get; }

    /// <summary>The note, trimmed, or null when none was given.</summary>
    public string? Note { get; }

    /// <summary>The corrected speaker for <see cref="ReviewAction.Misattribute"/>, trimmed; otherwise null.</summary>
    public string? CorrectedSpeaker { get; }

    /// <summary>The corrected wording for <see cref="ReviewAction.Misquote"/>, trimmed; otherwise null.</summary>
    public string? CorrectedText { get; }

    /// <summary>The audit event for this decision, stamped with the quote's new revision and the time it was made.</summary>
    /// <param name="revision">The quote's revision after this transition: 1 for its first, one more for each after.</param>
    /// <param name="occurredAt">When the transition was made, from an injected <see cref="TimeProvider"/>; stored in UTC.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revision"/> is less than 1.</exception>
    public ReviewEvent ToEvent(int revision, DateTimeOffset occurredAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(revision, 1);
        return new ReviewEvent
        {
            Revision = revision,
            OccurredAt = occurredAt.ToUniversalTime(),
            Reviewer = Reviewer,
            ReviewerId = ReviewerId,
            Action = Action,
            From = From,
            To = To,
            Note = Note,
            CorrectedSpeaker = CorrectedSpeaker,
            CorrectedText = CorrectedText,
        };
    }
}

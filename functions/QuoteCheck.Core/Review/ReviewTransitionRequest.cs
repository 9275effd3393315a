namespace QuoteCheck.Core.Review;

/// <summary>What a reviewer asks for: an action, who they are, and the note and correction that go with it, as received.</summary>
/// <remarks>
/// Values are taken as the client sent them; <see cref="ReviewWorkflow.Apply"/> trims them, treats blank as absent,
/// and refuses what is missing, too long or not accepted by the action.
/// </remarks>
public sealed record ReviewTransitionRequest
{
    /// <summary>The move to make.</summary>
    public required ReviewAction Action { get; init; }

    /// <summary>Who makes it; required, and required to be given explicitly even when null so that no caller forgets it.</summary>
    public required string? Reviewer { get; init; }

    /// <summary>An optional free-text note for the audit trail.</summary>
    public string? Note { get; init; }

    /// <summary>The person who actually said the quote; required by <see cref="ReviewAction.Misattribute"/> and refused by the others.</summary>
    public string? CorrectedSpeaker { get; init; }

    /// <summary>The words as actually said; required by <see cref="ReviewAction.Misquote"/> and refused by the others.</summary>
    public string? CorrectedText { get; init; }
}

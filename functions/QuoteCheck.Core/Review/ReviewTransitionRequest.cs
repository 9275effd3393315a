namespace QuoteCheck.Core.Review;

/// <summary>What a reviewer asks for: an action, who is asking, and the note and correction that go with it, as received.</summary>
/// <remarks>
/// The note and corrections are taken as the client sent them; <see cref="ReviewWorkflow.Apply"/> trims them, treats blank as
/// absent, and refuses what is missing, too long or not accepted by the action. <see cref="Reviewer"/> comes from the host's
/// identity (the platform's sign-in in Azure), never from the request body there.
/// </remarks>
public sealed record ReviewTransitionRequest
{
    /// <summary>The move to make.</summary>
    public required ReviewAction Action { get; init; }

    /// <summary>Who makes it, with their roles; required, and required to be given explicitly even when null so that no caller forgets it.</summary>
    public required Actor? Reviewer { get; init; }

    /// <summary>An optional free-text note for the audit trail.</summary>
    public string? Note { get; init; }

    /// <summary>The person who actually said the quote; required by <see cref="ReviewAction.Misattribute"/> and refused by the others.</summary>
    public string? CorrectedSpeaker { get; init; }

    /// <summary>The words as actually said; required by <see cref="ReviewAction.Misquote"/> and refused by the others.</summary>
    public string? CorrectedText { get; init; }
}

namespace QuoteCheck.Core.Review;

/// <summary>One entry of a quote's audit trail: who moved it from which state to which, when, and with what note or correction.</summary>
public sealed record ReviewEvent
{
    /// <summary>The quote's revision after this transition; events of one quote are numbered 1, 2, 3, … in order.</summary>
    public required int Revision { get; init; }

    /// <summary>When the transition was made, in UTC.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Who made it, by name.</summary>
    public required string Reviewer { get; init; }

    /// <summary>The stable id of who made it (the Entra object id in Azure); null for events recorded before ids were kept.</summary>
    public string? ReviewerId { get; init; }

    /// <summary>The action applied.</summary>
    public required ReviewAction Action { get; init; }

    /// <summary>The state before.</summary>
    public required ReviewState From { get; init; }

    /// <summary>The state after.</summary>
    public required ReviewState To { get; init; }

    /// <summary>The reviewer's note, if any.</summary>
    public string? Note { get; init; }

    /// <summary>The corrected speaker recorded by a misattribution.</summary>
    public string? CorrectedSpeaker { get; init; }

    /// <summary>The corrected wording recorded by a misquotation.</summary>
    public string? CorrectedText { get; init; }

    /// <summary>When the verdict was applied from a linked quote (one action for all its matches): that quote and who decided it.</summary>
    public ReviewOrigin? Origin { get; init; }
}

/// <summary>The quote a verdict was carried over from, and who gave it there.</summary>
/// <param name="ArticleId">The origin quote's article.</param>
/// <param name="QuoteId">The origin quote.</param>
/// <param name="Reviewer">Who gave the verdict on the origin quote.</param>
public sealed record ReviewOrigin(string ArticleId, string QuoteId, string Reviewer);

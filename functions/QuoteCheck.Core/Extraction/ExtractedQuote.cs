namespace QuoteCheck.Core.Extraction;

/// <summary>How a quote appears in the article.</summary>
public enum QuoteKind
{
    /// <summary>A complete direct quotation: the marks enclose what the speaker said.</summary>
    Direct,

    /// <summary>A quoted fragment embedded in reported speech (<c>attaches "great importance" ...</c>).</summary>
    Partial,

    /// <summary>Reported speech without quotation marks.</summary>
    Indirect,
}

/// <summary>One quote found in an article, with the evidence for its attribution.</summary>
/// <remarks>
/// Offsets are UTF-16 code units into the article text exactly as given to the extractor,
/// end-exclusive, and exclude the quotation marks.
/// </remarks>
public sealed record ExtractedQuote
{
    /// <summary>The quoted words, without the surrounding quotation marks.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the first quoted character.</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the last quoted character.</summary>
    public required int End { get; init; }

    /// <summary>Direct, partial or indirect.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>The canonical speaker: the fullest name the article uses for them, or null when unattributed.</summary>
    public string? Speaker { get; init; }

    /// <summary>The mention of the speaker the attribution rests on ("he", "Peskov", "the Kremlin").</summary>
    public string? SpeakerMention { get; init; }

    /// <summary>Offset of the speaker mention.</summary>
    public int? SpeakerStart { get; init; }

    /// <summary>Offset just past the speaker mention.</summary>
    public int? SpeakerEnd { get; init; }

    /// <summary>The speaker's role or title when the article gives one ("Kremlin spokesman").</summary>
    public string? Role { get; init; }

    /// <summary>The speech verb or cue ("said", "according to").</summary>
    public string? Cue { get; init; }

    /// <summary>Offset of the cue.</summary>
    public int? CueStart { get; init; }

    /// <summary>Offset just past the cue.</summary>
    public int? CueEnd { get; init; }

    /// <summary>How likely the quote and its attribution are right, in [0, 1].</summary>
    public required double Confidence { get; init; }

    /// <summary>The rule or evidence that produced the attribution, for the reviewer.</summary>
    public required string Evidence { get; init; }
}

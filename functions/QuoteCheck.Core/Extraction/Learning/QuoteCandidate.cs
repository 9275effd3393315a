namespace QuoteCheck.Core.Extraction;

/// <summary>
/// A quoted span as the quote classifier sees it: its offsets (without the marks), the speaker mention the sieves gave
/// it (if any), the features, and whether the extractor reports it. What <c>quotecheck train</c> learns from.
/// </summary>
public sealed record QuoteCandidate(int Start, int End, int? SpeakerStart, int? SpeakerEnd, string? Sieve, float[] Features, bool Reported)
{
    /// <summary>The possible speaker mentions the ranker weighed, with their features.</summary>
    public IReadOnlyList<MentionChoice> Mentions { get; init; } = [];
}

/// <summary>One possible speaker mention of a candidate quote (character offsets) and its features for the mention ranker.</summary>
public sealed record MentionChoice(int Start, int End, float[] Features);

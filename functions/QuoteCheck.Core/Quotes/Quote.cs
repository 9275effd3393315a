using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Quotes;

/// <summary>A stored quote: what the extractor found plus where it stands in review.</summary>
public sealed record Quote
{
    /// <summary>The article the quote belongs to.</summary>
    public required string ArticleId { get; init; }

    /// <summary>Deterministic id within the article (see <see cref="QuoteIds"/>).</summary>
    public required string QuoteId { get; init; }

    /// <summary>The extraction: text, offsets into the article text, speaker, cue, confidence, evidence.</summary>
    public required ExtractedQuote Extraction { get; init; }

    /// <summary>The extractor version that produced <see cref="Extraction"/>.</summary>
    public required string ExtractorVersion { get; init; }

    /// <summary>The review state, stored as its name.</summary>
    public required string State { get; init; }

    /// <summary>When the article was first seen; orders the review queue newest first.</summary>
    public required DateTimeOffset ArticleFirstSeenAt { get; init; }

    /// <summary>When this quote was last written by extraction or review.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True when a later extraction of the article no longer finds this quote; review work is kept.</summary>
    public bool Vanished { get; init; }

    /// <summary>The storage ETag, required for conditional review writes.</summary>
    public string? ETag { get; init; }
}

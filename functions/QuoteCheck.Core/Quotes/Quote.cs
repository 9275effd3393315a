using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Review;

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

    /// <summary>Where the quote stands in review.</summary>
    public required ReviewState State { get; init; }

    /// <summary>How many review transitions the quote has been through; the next event gets this plus one.</summary>
    public int Revision { get; init; }

    /// <summary>The speaker a reviewer says is right, when the verdict is Misattributed (kept when published).</summary>
    public string? CorrectedSpeaker { get; init; }

    /// <summary>The wording a reviewer says is right, when the verdict is Misquoted (kept when published).</summary>
    public string? CorrectedText { get; init; }

    /// <summary>Who claimed the quote: only they (or an Editor) may decide, release or reopen it. Null while New or when none is recorded.</summary>
    public Claimant? ClaimedBy { get; init; }

    /// <summary>The latest transition, kept on the quote row itself so it is written atomically with the state it explains.</summary>
    public ReviewEvent? LastEvent { get; init; }

    /// <summary>When the article was first seen; orders the review queue newest first.</summary>
    public required DateTimeOffset ArticleFirstSeenAt { get; init; }

    /// <summary>When this quote was last written by extraction or review.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True when a later extraction of the article no longer finds this quote; review work is kept.</summary>
    public bool Vanished { get; init; }

    /// <summary>The article version whose text the offsets index into (1 for the first text received).</summary>
    public int ArticleVersion { get; init; } = 1;

    /// <summary>The article's headline, copied at ingestion so a list shows it without reading the article.</summary>
    public string? ArticleTitle { get; init; }

    /// <summary>The article's publisher or wire service, copied at ingestion.</summary>
    public string? ArticleSource { get; init; }

    /// <summary>
    /// Set when a later version of the article was extracted differently from what a reviewer decided on this
    /// quote (another speaker, or the quote no longer found); the decided text, speaker and offsets are kept
    /// and a person decides. Cleared by the next review transition.
    /// </summary>
    public ExtractionConflict? ExtractionConflict { get; init; }

    /// <summary>The shard of the review-queue index that holds this quote's rows, fixed when the quote is first stored.</summary>
    public int IndexShard { get; init; }

    /// <summary>
    /// The transition that gave the quote its current verdict (Verified, Misattributed, Misquoted, Unverifiable,
    /// NotAQuote), kept through publishing; null while the quote has none.
    /// </summary>
    public ReviewEvent? Decision { get; init; }

    /// <summary>Where linking put the quote among the same quote in other articles; null until it is linked.</summary>
    public QuoteLink? Link { get; init; }

    /// <summary>The storage ETag, required for conditional review writes.</summary>
    public string? ETag { get; init; }
}

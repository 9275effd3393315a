namespace QuoteCheck.Core.Quotes;

/// <summary>Why a new extraction of an article disagrees with a quote a reviewer has already decided.</summary>
public enum ExtractionConflictKind
{
    /// <summary>The new version gives the quote another speaker.</summary>
    SpeakerChanged,

    /// <summary>The new version no longer contains the quote (its words or position changed).</summary>
    NotFound,
}

/// <summary>
/// A disagreement between a decided quote and a later extraction of its article, kept on the quote and in its
/// history for a person to settle; the decided quote itself is not changed.
/// </summary>
/// <param name="ArticleVersion">The article version whose extraction disagrees.</param>
/// <param name="Kind">What disagrees.</param>
/// <param name="ExtractedSpeaker">The speaker the new extraction gives, for <see cref="ExtractionConflictKind.SpeakerChanged"/>.</param>
/// <param name="DetectedAt">When the disagreement was found.</param>
public sealed record ExtractionConflict(int ArticleVersion, ExtractionConflictKind Kind, string? ExtractedSpeaker, DateTimeOffset DetectedAt)
{
    /// <summary>A sentence for the reviewer.</summary>
    public string Describe() => Kind switch
    {
        ExtractionConflictKind.SpeakerChanged => $"Version {ArticleVersion} of the article attributes this quote to {ExtractedSpeaker ?? "no one"}; the decided speaker is kept until a reviewer decides again.",
        _ => $"Version {ArticleVersion} of the article no longer contains this quote; the decided quote is kept (its offsets index into the version it came from) until a reviewer decides again.",
    };
}

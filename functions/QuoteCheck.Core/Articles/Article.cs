namespace QuoteCheck.Core.Articles;

/// <summary>Whether an article was processed or refused.</summary>
public enum ArticleStatus
{
    /// <summary>Extracted; its quotes are stored.</summary>
    Processed,

    /// <summary>The message could never be processed; <see cref="Article.RejectionReason"/> says why.</summary>
    Rejected,
}

/// <summary>An article as stored: the text quotes point into, its metadata and processing outcome.</summary>
public sealed record Article
{
    /// <summary>Producer-supplied id or content hash.</summary>
    public required string Id { get; init; }

    /// <summary>Processed or rejected.</summary>
    public required ArticleStatus Status { get; init; }

    /// <summary>The article text (for a rejected message, the raw message) that quote offsets index into.</summary>
    public required string Text { get; init; }

    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Where the article was published.</summary>
    public string? Url { get; init; }

    /// <summary>Publisher or wire service.</summary>
    public string? Source { get; init; }

    /// <summary>Publication time as the producer stated it.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>BCP 47 language tag, when given.</summary>
    public string? Language { get; init; }

    /// <summary>Why the message was rejected; on a processed article, why a later resubmission of it was refused (the processed record is kept).</summary>
    public string? RejectionReason { get; init; }

    /// <summary>When QuoteCheck first received this article; fixed across resubmissions, it orders the review queue.</summary>
    public required DateTimeOffset FirstSeenAt { get; init; }

    /// <summary>When the article was last processed or rejected.</summary>
    public required DateTimeOffset ProcessedAt { get; init; }

    /// <summary>How many current (not vanished) quotes were extracted.</summary>
    public int QuoteCount { get; init; }

    /// <summary>The extractor version that produced the quotes.</summary>
    public string? ExtractorVersion { get; init; }
}

namespace QuoteCheck.Core.Articles;

/// <summary>Whether an article was processed or refused.</summary>
public enum ArticleStatus
{
    /// <summary>Extracted; its quotes are stored.</summary>
    Processed,

    /// <summary>The message could never be processed; <see cref="Article.RejectionReason"/> says why.</summary>
    Rejected,
}

/// <summary>One stored text of an article: a producer resubmitting an id with a different text adds a version.</summary>
/// <param name="Version">1 for the first text, then 2, 3, ... in the order they were stored.</param>
/// <param name="TextHash">A hash of the text, so a redelivery of any stored text is recognised.</param>
/// <param name="ReceivedAt">When this version was stored.</param>
/// <param name="TextLength">Its length in UTF-16 code units.</param>
/// <param name="QuoteCount">How many quotes its extraction found.</param>
/// <param name="Title">The headline that came with it.</param>
public sealed record ArticleVersionInfo(int Version, string TextHash, DateTimeOffset ReceivedAt, int TextLength, int QuoteCount, string? Title);

/// <summary>An article as stored: the text quotes point into, its metadata and processing outcome.</summary>
public sealed record Article
{
    /// <summary>Producer-supplied id or content hash.</summary>
    public required string Id { get; init; }

    /// <summary>Processed or rejected.</summary>
    public required ArticleStatus Status { get; init; }

    /// <summary>The current version's text (for a rejected message, the raw message) that quote offsets index into.</summary>
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

    /// <summary>The current version (0 for a rejection that never had a processed text).</summary>
    public int Version { get; init; }

    /// <summary>Every stored version, oldest first; the texts are read with <see cref="IArticleStore.GetArticleVersionAsync"/>.</summary>
    public IReadOnlyList<ArticleVersionInfo> Versions { get; init; } = [];

    /// <summary>For a record drained from the poison queue: how many times the host tried the message.</summary>
    public long? DequeueCount { get; init; }

    /// <summary>For a record drained from the poison queue: the queue message exactly as it was (base64 or not), for replay.</summary>
    public string? RawMessage { get; init; }
}

namespace QuoteCheck.Core.Articles;

/// <summary>An article as a producer submitted it: metadata plus either the body or a reference to it.</summary>
/// <remarks>Exactly one of <see cref="Body"/> and <see cref="BlobUri"/> is set.</remarks>
public sealed record ArticleSubmission
{
    /// <summary>The producer's id, already validated, or null to use the content hash.</summary>
    public string? Id { get; init; }

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

    /// <summary>The article text, when carried in the message.</summary>
    public string? Body { get; init; }

    /// <summary>Where the body is stored, for articles too large for a queue message (claim check).</summary>
    public Uri? BlobUri { get; init; }
}

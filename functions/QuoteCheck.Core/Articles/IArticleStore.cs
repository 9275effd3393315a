using QuoteCheck.Core.Quotes;

namespace QuoteCheck.Core.Articles;

/// <summary>One line of the article list: what a desk needs to pick an article, without its text.</summary>
public sealed record ArticleSummary(
    string Id,
    ArticleStatus Status,
    string? Title,
    string? Source,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset ProcessedAt,
    int QuoteCount,
    string? RejectionReason);

/// <summary>A page of articles, newest first, and the token for the next.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, string? ContinuationToken);

/// <summary>The text of one stored version of an article.</summary>
public sealed record ArticleVersionText(ArticleVersionInfo Info, string Text);

/// <summary>A writer holding an article while it stores a version too large for one atomic transaction.</summary>
/// <param name="Version">The version being written.</param>
/// <param name="TextHash">The hash of the text being written.</param>
/// <param name="Until">When the hold lapses if the writer dies.</param>
public sealed record ArticleWriteLease(int Version, string TextHash, DateTimeOffset Until);

/// <summary>Everything ingestion needs to decide what a delivery changes: the article record, all its quotes, and the record's ETag.</summary>
/// <param name="Article">The current record (processed or rejected), or null when there is none or a first version is still being written.</param>
/// <param name="ETag">The article row's ETag, for the conditional write that serialises deliveries; null when there is no row.</param>
/// <param name="Quotes">Every quote of the article, vanished ones included.</param>
/// <param name="Lease">A writer holding the article, if any.</param>
/// <param name="IndexShard">The review-queue index shard fixed for the article, or null when it has none yet.</param>
public sealed record ArticleSnapshot(Article? Article, string? ETag, IReadOnlyList<Quote> Quotes, ArticleWriteLease? Lease, int? IndexShard);

/// <summary>A new version of an article and every quote row it changes, written as one serialised unit.</summary>
public sealed record ArticleCommit
{
    /// <summary>The article record as it will be: <see cref="Article.Version"/> is the new version and <see cref="Article.Versions"/> includes it.</summary>
    public required Article Article { get; init; }

    /// <summary>The article row's ETag when read, or null when the article must not exist yet.</summary>
    public required string? ExpectedETag { get; init; }

    /// <summary>The review-queue index shard of the article.</summary>
    public required int IndexShard { get; init; }

    /// <summary>The quote rows to insert or update.</summary>
    public required IReadOnlyList<QuoteWrite> Writes { get; init; }

    /// <summary>Disagreements with decided quotes, recorded in their history.</summary>
    public IReadOnlyList<(string QuoteId, ExtractionConflict Conflict)> Conflicts { get; init; } = [];

    /// <summary>How long a writer may hold the article when the version needs several transactions.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(5);
}

/// <summary>Another delivery changed the article since it was read; read it again and decide again.</summary>
public sealed class ArticleChangedException(string message) : Exception(message);

/// <summary>Reads and writes article records and their versions.</summary>
public interface IArticleStore
{
    /// <summary>The article with its current version's text, or null when none has this id (or its first version is still being written).</summary>
    Task<Article?> GetArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>The text of one version, or null when there is no such version.</summary>
    Task<ArticleVersionText?> GetArticleVersionAsync(string articleId, int version, CancellationToken cancellationToken);

    /// <summary>Articles newest first (by when QuoteCheck first saw them), optionally only those with <paramref name="status"/>.</summary>
    Task<ArticlePage> ListArticlesAsync(ArticleStatus? status, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>The article record and all its quotes, as one read, for deciding what a delivery changes.</summary>
    Task<ArticleSnapshot> ReadForUpdateAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new version with its quote changes, serialised per article: it succeeds only if the article row
    /// still has <see cref="ArticleCommit.ExpectedETag"/> (or does not exist, when that is null).
    /// </summary>
    /// <returns>The quotes as stored, with their new ETags.</returns>
    /// <exception cref="ArticleChangedException">Another delivery changed the article first.</exception>
    Task<IReadOnlyList<Quote>> CommitVersionAsync(ArticleCommit commit, CancellationToken cancellationToken);

    /// <summary>Updates the article's line in the newest-first list.</summary>
    Task UpsertListEntryAsync(Article article, CancellationToken cancellationToken);

    /// <summary>
    /// Records a rejection. It never overwrites a processed article of the same id: the processed
    /// record keeps its text and quotes and gains the rejection as its latest one.
    /// </summary>
    Task RecordRejectionAsync(Article rejection, CancellationToken cancellationToken);
}

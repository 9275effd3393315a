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

/// <summary>Reads and writes article records.</summary>
public interface IArticleStore
{
    /// <summary>The article, or null when none has this id.</summary>
    Task<Article?> GetArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Articles newest first (by when QuoteCheck first saw them), optionally only those with <paramref name="status"/>.</summary>
    Task<ArticlePage> ListArticlesAsync(ArticleStatus? status, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>
    /// Records, once, when QuoteCheck first saw this article id, and returns that time to every caller —
    /// also to concurrent deliveries of the same article — so everything keyed on it agrees.
    /// </summary>
    Task<DateTimeOffset> ClaimFirstSeenAsync(string articleId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Writes a processed article (insert or replace).</summary>
    Task UpsertArticleAsync(Article article, CancellationToken cancellationToken);

    /// <summary>
    /// Records a rejection. It never overwrites a processed article of the same id: the processed
    /// record keeps its text and quotes and gains the rejection as its latest one.
    /// </summary>
    Task RecordRejectionAsync(Article rejection, CancellationToken cancellationToken);
}

namespace QuoteCheck.Core.Articles;

/// <summary>Reads and writes article records.</summary>
public interface IArticleStore
{
    /// <summary>The article, or null when none has this id.</summary>
    Task<Article?> GetArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Writes a processed article (insert or replace).</summary>
    Task UpsertArticleAsync(Article article, CancellationToken cancellationToken);

    /// <summary>
    /// Records a rejection. It never overwrites a processed article of the same id: the processed
    /// record keeps its text and quotes and gains the rejection as its latest one.
    /// </summary>
    Task RecordRejectionAsync(Article rejection, CancellationToken cancellationToken);
}

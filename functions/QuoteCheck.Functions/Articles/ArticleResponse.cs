using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Quotes;

namespace QuoteCheck.Functions.Articles;

/// <summary>An article as the API shows it: its text, its quotes, or why it was rejected.</summary>
public sealed record ArticleResponse(
    string Id,
    string Status,
    string? Title,
    string? Url,
    string? Source,
    DateTimeOffset? PublishedAt,
    string? Language,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset ProcessedAt,
    string? RejectionReason,
    string? ExtractorVersion,
    int QuoteCount,
    string Text,
    IReadOnlyList<QuoteResponse> Quotes)
{
    /// <summary>Maps a stored article and its quotes.</summary>
    public static ArticleResponse From(Article article, IEnumerable<QuoteResponse> quotes)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleResponse(
            article.Id,
            article.Status.ToString(),
            article.Title,
            article.Url,
            article.Source,
            article.PublishedAt,
            article.Language,
            article.FirstSeenAt,
            article.ProcessedAt,
            article.RejectionReason,
            article.ExtractorVersion,
            article.QuoteCount,
            article.Text,
            quotes.ToList());
    }
}

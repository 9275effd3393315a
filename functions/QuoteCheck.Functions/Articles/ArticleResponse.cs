using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Quotes;

namespace QuoteCheck.Functions.Articles;

/// <summary>An article as the API shows it: its current text, its versions, its quotes, or why it was rejected.</summary>
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
    IReadOnlyList<QuoteResponse> Quotes,
    int Version,
    IReadOnlyList<ArticleVersionResponse> Versions,
    long? DequeueCount)
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
            quotes.ToList(),
            article.Version,
            article.Versions.Select(v => ArticleVersionResponse.From(article.Id, v)).ToList(),
            article.DequeueCount);
    }
}

/// <summary>One stored version of an article; <see cref="Location"/> returns its text.</summary>
public sealed record ArticleVersionResponse(int Version, DateTimeOffset ReceivedAt, int TextLength, int QuoteCount, string? Title, string Location)
{
    /// <summary>Maps a stored version.</summary>
    public static ArticleVersionResponse From(string articleId, ArticleVersionInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new(info.Version, info.ReceivedAt, info.TextLength, info.QuoteCount, info.Title, $"/api/articles/{articleId}/versions/{info.Version}");
    }
}

/// <summary>The text of one version: quote offsets of <c>articleVersion</c> N index into version N's text.</summary>
public sealed record ArticleVersionTextResponse(string ArticleId, int Version, DateTimeOffset ReceivedAt, string? Title, string Text);

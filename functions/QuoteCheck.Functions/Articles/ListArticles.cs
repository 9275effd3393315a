using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Articles;

/// <summary><c>GET /api/articles?status=&amp;pageSize=&amp;continuationToken=</c>: articles newest first, rejected ones with their reason.</summary>
public sealed class ListArticles(IArticleStore articles)
{
    /// <summary>One page of article summaries.</summary>
    [Function(nameof(ListArticles))]
    public async Task<Results<Ok<ArticlePageResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "articles")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        ArticleStatus? status = null;
        if (query["status"] is { Count: > 0 } rawStatus && !string.IsNullOrWhiteSpace(rawStatus))
        {
            if (!Enum.TryParse<ArticleStatus>(rawStatus, ignoreCase: true, out var parsed) || int.TryParse(rawStatus, out _))
            {
                return Problems.BadRequest($"Unknown status '{rawStatus}'. Statuses: {string.Join(", ", Enum.GetNames<ArticleStatus>())}.");
            }

            status = parsed;
        }

        if (!Paging.TryReadPageSize(query, out var pageSize))
        {
            return Problems.BadRequest(Paging.PageSizeProblem);
        }

        try
        {
            var page = await articles.ListArticlesAsync(status, pageSize, Paging.ContinuationToken(query), cancellationToken);
            return TypedResults.Ok(new ArticlePageResponse(page.Items.Select(ArticleSummaryResponse.From).ToList(), page.ContinuationToken));
        }
        catch (InvalidContinuationTokenException ex)
        {
            return Problems.BadRequest(ex.Message);
        }
    }
}

/// <summary>An article in the list.</summary>
public sealed record ArticleSummaryResponse(string Id, string Status, string? Title, string? Source, DateTimeOffset FirstSeenAt, DateTimeOffset ProcessedAt, int QuoteCount, string? RejectionReason)
{
    /// <summary>Maps a stored summary.</summary>
    public static ArticleSummaryResponse From(ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Id, summary.Status.ToString(), summary.Title, summary.Source, summary.FirstSeenAt, summary.ProcessedAt, summary.QuoteCount, summary.RejectionReason);
    }
}

/// <summary>A page of articles; pass <see cref="ContinuationToken"/> back with the same filter for the next.</summary>
public sealed record ArticlePageResponse(IReadOnlyList<ArticleSummaryResponse> Items, string? ContinuationToken);

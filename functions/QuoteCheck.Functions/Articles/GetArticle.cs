using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Articles;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Quotes;

namespace QuoteCheck.Functions.Articles;

/// <summary><c>GET /api/articles/{articleId}</c>: the article text and its quotes, or why it was rejected.</summary>
public sealed class GetArticle(IArticleStore articles, IQuoteStore quotes)
{
    /// <summary>Returns the article or 404 (also while it is still queued).</summary>
    [Function(nameof(GetArticle))]
    public async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "articles/{articleId}")] HttpRequest request,
        string articleId,
        CancellationToken cancellationToken)
    {
        var article = await articles.GetArticleAsync(articleId, cancellationToken);
        if (article is null)
        {
            return Problems.NotFound($"No article '{articleId}'. If it was just submitted, it may still be in the queue.");
        }

        var articleQuotes = article.Status == ArticleStatus.Processed
            ? await quotes.ListArticleQuotesAsync(articleId, cancellationToken)
            : [];
        return TypedResults.Ok(ArticleResponse.From(article, articleQuotes.Select(QuoteResponse.From)));
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Http;

namespace QuoteCheck.Functions.Articles;

/// <summary><c>GET /api/articles/{articleId}/versions/{version}</c>: the text of one stored version.</summary>
public sealed class GetArticleVersion(IArticleStore articles)
{
    /// <summary>The version's text, or 404.</summary>
    [Function(nameof(GetArticleVersion))]
    public async Task<Results<Ok<ArticleVersionTextResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "articles/{articleId}/versions/{version}")] HttpRequest request,
        string articleId,
        string version,
        CancellationToken cancellationToken)
    {
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return Problems.BadRequest("version must be a whole number from 1.");
        }

        var stored = await articles.GetArticleVersionAsync(articleId, number, cancellationToken);
        return stored is null
            ? Problems.NotFound($"Article '{articleId}' has no version {number}.")
            : TypedResults.Ok(new ArticleVersionTextResponse(articleId, number, stored.Info.ReceivedAt, stored.Info.Title, stored.Text));
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Functions.Http;

namespace QuoteCheck.Functions.ClaimReviews;

/// <summary><c>GET /api/quotes/{articleId}/{quoteId}/claimreview</c>: the published verdict on a quote as schema.org <c>ClaimReview</c> JSON-LD.</summary>
public sealed class GetClaimReview(ClaimReviewService reviews)
{
    /// <summary>The media type of JSON-LD.</summary>
    public const string JsonLd = "application/ld+json";

    /// <summary>200 with the document; 404 when the quote is unknown or not published (the two are not told apart); 503 when publishing is not configured.</summary>
    [Function(nameof(GetClaimReview))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "quotes/{articleId}/{quoteId}/claimreview")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!reviews.IsConfigured)
        {
            return ClaimReviewProblems.NotConfigured();
        }

        var document = await reviews.GetAsync(articleId, quoteId, cancellationToken);
        return document is null
            ? Problems.NotFound($"No published fact check for quote '{quoteId}' of article '{articleId}'.")
            : Results.Text(document.ToJsonString(), JsonLd);
    }
}

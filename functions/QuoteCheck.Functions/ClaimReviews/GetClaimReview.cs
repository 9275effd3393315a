using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Functions.Http;

namespace QuoteCheck.Functions.ClaimReviews;

/// <summary>
/// <c>GET /api/quotes/{articleId}/{quoteId}/claimreview</c>: the published verdict on a quote as schema.org <c>ClaimReview</c>
/// JSON-LD, for signed-in people (everything under <c>/api/quotes</c> needs a sign-in). The same document is public at
/// <c>/api/claimreview/{articleId}/{quoteId}</c> (<see cref="GetPublishedClaimReview"/>).
/// </summary>
public sealed class GetClaimReview(ClaimReviewService reviews)
{
    /// <summary>The media type of JSON-LD.</summary>
    public const string JsonLd = "application/ld+json";

    /// <summary>200 with the document; 404 when the quote is unknown or not published (the two are not told apart); 503 when publishing is not configured.</summary>
    [Function(nameof(GetClaimReview))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "quotes/{articleId}/{quoteId}/claimreview")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RespondAsync(reviews, articleId, quoteId, cancellationToken);
    }

    /// <summary>The document, 404 or 503.</summary>
    internal static async Task<IResult> RespondAsync(ClaimReviewService reviews, string articleId, string quoteId, CancellationToken cancellationToken)
    {
        if (!reviews.IsConfigured)
        {
            return ClaimReviewProblems.NotConfigured();
        }

        var document = await reviews.GetAsync(articleId, quoteId, cancellationToken).ConfigureAwait(false);
        return document is null
            ? Problems.NotFound($"No published fact check for quote '{quoteId}' of article '{articleId}'.")
            : Results.Text(document.ToJsonString(), JsonLd);
    }
}

/// <summary>
/// <c>GET /api/claimreview/{articleId}/{quoteId}</c>: the same <c>ClaimReview</c> JSON-LD as <see cref="GetClaimReview"/>,
/// public. Published verdicts are what a newsroom publishes, so the newsroom's site, syndication partners and fact-check
/// aggregators read them without a sign-in; infra/ excludes <c>/api/claimreview</c> and <c>/api/claimreview/*</c> (and
/// nothing else with data) from App Service authentication. Nothing that is not Published is ever answered here.
/// </summary>
public sealed class GetPublishedClaimReview(ClaimReviewService reviews)
{
    /// <summary>200 with the document; 404 when the quote is unknown or not published; 503 when publishing is not configured.</summary>
    [Function(nameof(GetPublishedClaimReview))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "claimreview/{articleId}/{quoteId}")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GetClaimReview.RespondAsync(reviews, articleId, quoteId, cancellationToken);
    }
}

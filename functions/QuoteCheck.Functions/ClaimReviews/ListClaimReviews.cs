using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.ClaimReviews;

/// <summary><c>GET /api/claimreview?pageSize=&amp;continuationToken=</c>: the published fact checks as a paged feed of <c>ClaimReview</c> JSON-LD, newest first; public, like <see cref="GetPublishedClaimReview"/>.</summary>
public sealed class ListClaimReviews(ClaimReviewService reviews)
{
    /// <summary><c>{items: [ClaimReview], continuationToken}</c>; 400 for a bad page size or token; 503 when publishing is not configured.</summary>
    [Function(nameof(ListClaimReviews))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "claimreview")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!reviews.IsConfigured)
        {
            return ClaimReviewProblems.NotConfigured();
        }

        if (!Paging.TryReadPageSize(request.Query, out var pageSize))
        {
            return Problems.BadRequest(Paging.PageSizeProblem);
        }

        try
        {
            var (items, token) = await reviews.ListAsync(pageSize, Paging.ContinuationToken(request.Query), cancellationToken);
            var feed = new JsonObject { ["items"] = new JsonArray([.. items]), ["continuationToken"] = token };
            return Results.Text(feed.ToJsonString(), "application/json");
        }
        catch (InvalidContinuationTokenException ex)
        {
            return Problems.BadRequest(ex.Message);
        }
    }
}

/// <summary>The answer when no publishing organisation is configured.</summary>
internal static class ClaimReviewProblems
{
    public static IResult NotConfigured() =>
        TypedResults.Problem(
            "ClaimReview publishing is not configured: set QuoteCheck__ClaimReview__OrganizationName and QuoteCheck__ClaimReview__UrlTemplate (see the README).",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Not configured.");
}

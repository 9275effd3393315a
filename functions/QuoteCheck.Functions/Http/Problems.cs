using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace QuoteCheck.Functions.Http;

/// <summary>RFC 9457 problem+json responses the API returns for every error.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.");

    /// <summary>A conflict-type problem that also tells the client where the quote now stands.</summary>
    public static ProblemHttpResult WithQuote(int status, string title, string detail, QuoteCheck.Core.Quotes.Quote current, IReadOnlyList<string>? allowedActions = null) =>
        TypedResults.Problem(
            detail,
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?>
            {
                ["currentState"] = current.State.ToString(),
                ["currentETag"] = current.ETag,
                ["allowedActions"] = allowedActions ?? QuoteCheck.Core.Review.ReviewWorkflow.AllowedActions(current.State).Select(a => QuoteCheck.Core.Review.ReviewActions.ToWireName(a)).ToList(),
            });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace QuoteCheck.Functions.Http;

/// <summary>
/// RFC 9457 problem+json responses the API returns for every error. Every problem carries a <c>type</c>: the section
/// of the HTTP specification that defines its status (<see cref="TypeFor"/>), set here for the problems this class
/// builds and, through <see cref="AddQuoteCheckProblemDetails"/>, for every other problem the app writes.
/// </summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        Create(StatusCodes.Status400BadRequest, "The request is not valid.", detail);

    /// <summary>A conflict-type problem that also tells the client where the quote now stands.</summary>
    public static ProblemHttpResult WithQuote(int status, string title, string detail, QuoteCheck.Core.Quotes.Quote current, IReadOnlyList<string>? allowedActions = null) =>
        Create(
            status,
            title,
            detail,
            new Dictionary<string, object?>
            {
                ["currentState"] = current.State.ToString(),
                ["currentETag"] = current.ETag,
                ["allowedActions"] = allowedActions ?? QuoteCheck.Core.Review.ReviewWorkflow.AllowedActions(current.State).Select(a => QuoteCheck.Core.Review.ReviewActions.ToWireName(a)).ToList(),
            });

    public static ProblemHttpResult NotFound(string detail) =>
        Create(StatusCodes.Status404NotFound, "Not found.", detail);

    /// <summary>A problem with its <c>type</c> set.</summary>
    public static ProblemHttpResult Create(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, type: TypeFor(status), extensions: extensions);

    /// <summary>The URI that defines a status: RFC 9110 for most, RFC 6585 for 428 and 429.</summary>
    public static string TypeFor(int status) => status switch
    {
        400 => Rfc9110("15.5.1"),
        401 => Rfc9110("15.5.2"),
        403 => Rfc9110("15.5.4"),
        404 => Rfc9110("15.5.5"),
        405 => Rfc9110("15.5.6"),
        406 => Rfc9110("15.5.7"),
        408 => Rfc9110("15.5.9"),
        409 => Rfc9110("15.5.10"),
        410 => Rfc9110("15.5.11"),
        412 => Rfc9110("15.5.13"),
        413 => Rfc9110("15.5.14"),
        415 => Rfc9110("15.5.16"),
        422 => Rfc9110("15.5.21"),
        428 => "https://tools.ietf.org/html/rfc6585#section-3",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        501 => Rfc9110("15.6.2"),
        502 => Rfc9110("15.6.3"),
        503 => Rfc9110("15.6.4"),
        504 => Rfc9110("15.6.5"),
        >= 500 => Rfc9110("15.6.1"),
        _ => Rfc9110("15.5"),
    };

    /// <summary>Registers problem details so that every problem written (by a function, the exception handler or status code pages) gets a <c>type</c>.</summary>
    public static IServiceCollection AddQuoteCheckProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options =>
        {
            var previous = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                previous?.Invoke(context);
                context.ProblemDetails.Type ??= TypeFor(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode);
            };
        });

    private static string Rfc9110(string section) => $"https://tools.ietf.org/html/rfc9110#section-{section}";
}

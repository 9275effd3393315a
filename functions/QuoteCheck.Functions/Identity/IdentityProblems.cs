using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Identity;

/// <summary>The problem+json answers for "who are you?" (401), "not you" (403) and a malformed typed identity (400).</summary>
internal static class IdentityProblems
{
    /// <summary>The answer to a caller that is not <see cref="Caller.Known"/>.</summary>
    public static ProblemHttpResult For(Caller caller, IdentityMode mode) => caller switch
    {
        Caller.Anonymous { Reason: var reason } => Unauthenticated(reason, mode),
        Caller.Invalid { Reason: var reason } => TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid."),
        _ => throw new ArgumentException("The caller is known.", nameof(caller)),
    };

    /// <summary>401: sign in (App Service mode) or give a name (local mode).</summary>
    public static ProblemHttpResult Unauthenticated(string detail, IdentityMode mode) =>
        TypedResults.Problem(
            detail,
            statusCode: StatusCodes.Status401Unauthorized,
            title: mode == IdentityMode.Local ? "Who are you?" : "Sign in first.",
            extensions: new Dictionary<string, object?>
            {
                ["identityMode"] = mode.ToString(),
                ["signInUrl"] = mode == IdentityMode.AppService ? CallerIdentity.SignInPath : null,
            });

    /// <summary>403: the state allows the action, the caller may not take it; says who may and where the quote stands.</summary>
    public static ProblemHttpResult Forbidden(string detail, string whoMay, Quote current, IReadOnlyList<ReviewAction> allowedForCaller) =>
        TypedResults.Problem(
            detail,
            statusCode: StatusCodes.Status403Forbidden,
            title: "Not yours to do.",
            extensions: new Dictionary<string, object?>
            {
                ["whoMay"] = whoMay,
                ["claimedBy"] = current.ClaimedBy?.Name,
                ["currentState"] = current.State.ToString(),
                ["currentETag"] = current.ETag,
                ["allowedActions"] = allowedForCaller.Select(a => a.ToWireName()).ToList(),
            });

    /// <summary>403 for a request that needs a role the caller does not hold (no quote involved).</summary>
    public static ProblemHttpResult MissingRole(string detail, string whoMay) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not yours to do.", extensions: new Dictionary<string, object?> { ["whoMay"] = whoMay });
}

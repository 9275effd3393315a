using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Review;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Identity;
using QuoteCheck.Functions.Quotes;

namespace QuoteCheck.Functions.Review;

/// <summary>
/// <c>POST /api/quotes/{articleId}/{quoteId}/transitions</c> with <c>If-Match</c>: <c>{action, note?, correctedSpeaker?, correctedText?}</c>
/// (and, in local mode only, <c>reviewer</c>). Who acts comes from <see cref="CallerIdentity"/>.
/// </summary>
public sealed class TransitionQuote(ReviewService review, CallerIdentity identity)
{
    /// <summary>200 with the updated quote and its new ETag; 400, 401, 403, 404, 409, 412 or 428 as problem details.</summary>
    [Function(nameof(TransitionQuote))]
    public async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "quotes/{articleId}/{quoteId}/transitions")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await RequestBodies.ReadAsync(request, TransitionRequestBody.MaxBytes, cancellationToken) is not { } bytes)
        {
            return Problems.BadRequest($"The body is larger than {TransitionRequestBody.MaxBytes / 1024} KiB.");
        }

        var (body, error) = TransitionRequestBody.Parse(bytes.ToArray());
        if (body is null)
        {
            return Problems.BadRequest(error!);
        }

        // In App Service mode the body's 'reviewer' is ignored: only the platform's sign-in says who this is.
        var caller = identity.Resolve(request, body.Reviewer);
        if (caller is not Caller.Known { Actor: var reviewer })
        {
            return IdentityProblems.For(caller, identity.Mode);
        }

        var outcome = await review.TransitionAsync(articleId, quoteId, IfMatch.Parse(request.Headers.IfMatch), reviewer, body, cancellationToken);
        switch (outcome)
        {
            case TransitionOutcome.Applied { Quote: var quote }:
                request.HttpContext.Response.Headers.ETag = quote.ETag;
                return TypedResults.Ok(QuoteResponse.From(quote));
            case TransitionOutcome.Invalid { Reason: var reason }:
                return Problems.BadRequest(reason);
            case TransitionOutcome.NotFound:
                return Problems.NotFound($"No quote '{quoteId}' in article '{articleId}'.");
            case TransitionOutcome.ETagRequired { Current: var current, Reason: var reason }:
                return Problems.WithQuote(StatusCodes.Status428PreconditionRequired, "If-Match required.", reason, current);
            case TransitionOutcome.Stale { Current: var current }:
                return Problems.WithQuote(StatusCodes.Status412PreconditionFailed, "The quote changed.", $"Someone else changed this quote first; it is now {current.State}. Read it again and decide whether your action still applies.", current);
            case TransitionOutcome.Illegal { Current: var current, Reason: var reason, Allowed: var allowed }:
                return Problems.WithQuote(StatusCodes.Status409Conflict, "Not allowed in this state.", reason, current, allowed.Select(a => a.ToWireName()).ToList());
            case TransitionOutcome.Forbidden { Current: var current, Reason: var reason, WhoMay: var whoMay, AllowedForCaller: var allowedForCaller }:
                return IdentityProblems.Forbidden(reason, whoMay, current, allowedForCaller);
            default:
                throw new InvalidOperationException($"Unhandled outcome {outcome.GetType().Name}.");
        }
    }
}

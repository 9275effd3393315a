using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Identity;

namespace QuoteCheck.Functions.Review;

/// <summary>
/// <c>GET /api/quotes/{articleId}/{quoteId}/actions</c>: the actions the caller may take on the quote now, and why each other
/// action the state allows is not theirs (so the desk offers only what will succeed, and says why the rest is missing).
/// </summary>
public sealed class GetQuoteActions(IQuoteStore quotes, CallerIdentity identity)
{
    /// <summary>200 with the caller's actions, 401 when nobody is signed in (App Service mode), or 404.</summary>
    [Function(nameof(GetQuoteActions))]
    public async Task<Results<Ok<QuoteActionsResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "quotes/{articleId}/{quoteId}/actions")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        var caller = identity.Resolve(request);
        if (caller is not Caller.Known && !(caller is Caller.Anonymous && identity.Mode == IdentityMode.Local))
        {
            return IdentityProblems.For(caller, identity.Mode);
        }

        var quote = await quotes.GetQuoteAsync(articleId, quoteId, cancellationToken);
        if (quote is null)
        {
            return Problems.NotFound($"No quote '{quoteId}' in article '{articleId}'.");
        }

        return TypedResults.Ok(QuoteActionsResponse.For(quote, (caller as Caller.Known)?.Actor));
    }
}

/// <summary>What the caller may do with one quote.</summary>
/// <param name="ArticleId">The quote's article.</param>
/// <param name="QuoteId">The quote.</param>
/// <param name="State">Where the quote stands.</param>
/// <param name="ClaimedBy">Who claimed it, by name, if anyone.</param>
/// <param name="ETag">The ETag a transition must send in If-Match.</param>
/// <param name="AllowedActions">The actions the caller may take now, in declaration order.</param>
/// <param name="NotYours">The actions the state allows but the caller may not take, each with why and who may.</param>
public sealed record QuoteActionsResponse(string ArticleId, string QuoteId, string State, string? ClaimedBy, string? ETag, IReadOnlyList<string> AllowedActions, IReadOnlyList<RefusedAction> NotYours)
{
    /// <summary>The actions open to <paramref name="actor"/> (null: nobody identified yet, local mode) on <paramref name="quote"/>.</summary>
    public static QuoteActionsResponse For(Quote quote, Actor? actor)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var allowed = new List<string>();
        var refused = new List<RefusedAction>();
        foreach (var action in ReviewWorkflow.AllowedActions(quote.State))
        {
            var refusal = actor is null
                ? new ReviewRefusal("Give your name first: every decision records who made it.", "someone who has given their name")
                : ReviewPermissions.Check(quote.State, quote.ClaimedBy, actor, action);
            if (refusal is null)
            {
                allowed.Add(action.ToWireName());
            }
            else
            {
                refused.Add(new RefusedAction(action.ToWireName(), refusal.Reason, refusal.WhoMay));
            }
        }

        return new(quote.ArticleId, quote.QuoteId, quote.State.ToString(), quote.ClaimedBy?.Name, quote.ETag, allowed, refused);
    }
}

/// <summary>An action the state allows that the caller may not take.</summary>
/// <param name="Action">The action's wire name.</param>
/// <param name="Reason">Why not, naming who may.</param>
/// <param name="WhoMay">Who may.</param>
public sealed record RefusedAction(string Action, string Reason, string WhoMay);

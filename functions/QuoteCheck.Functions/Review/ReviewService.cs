using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Review;

/// <summary>What became of a transition request.</summary>
public abstract record TransitionOutcome
{
    private TransitionOutcome()
    {
    }

    /// <summary>Done: the quote as now stored.</summary>
    public sealed record Applied(Quote Quote) : TransitionOutcome;

    /// <summary>The request itself is wrong (400).</summary>
    public sealed record Invalid(string Reason) : TransitionOutcome;

    /// <summary>No such quote (404).</summary>
    public sealed record NotFound(string ArticleId, string QuoteId) : TransitionOutcome;

    /// <summary>The write carried no ETag, or <c>*</c> instead of one (428).</summary>
    public sealed record ETagRequired(Quote Current, string Reason) : TransitionOutcome;

    /// <summary>The quote changed since the caller read it (412).</summary>
    public sealed record Stale(Quote Current) : TransitionOutcome;

    /// <summary>The action is not allowed in the quote's state (409).</summary>
    public sealed record Illegal(Quote Current, string Reason, IReadOnlyList<ReviewAction> Allowed) : TransitionOutcome;

    /// <summary>The state allows the action but the caller may not take it (403), with who may and what the caller may do instead.</summary>
    public sealed record Forbidden(Quote Current, string Reason, string WhoMay, IReadOnlyList<ReviewAction> AllowedForCaller) : TransitionOutcome;
}

/// <summary>
/// Moves a quote through review: checks the ETag, the state machine and who may act, then records the transition
/// (state, claimant, audit event, index) through the store.
/// </summary>
public sealed class ReviewService(IQuoteStore quotes, TimeProvider time)
{
    /// <summary>Applies one action by <paramref name="reviewer"/> to one quote.</summary>
    /// <param name="articleId">The quote's article.</param>
    /// <param name="quoteId">The quote.</param>
    /// <param name="ifMatch">The write's precondition; <see cref="IfMatch.Malformed"/> is the caller's to refuse before calling.</param>
    /// <param name="reviewer">Who is acting, from the host's identity (never the body's <c>reviewer</c> in Azure).</param>
    /// <param name="body">The action, note and corrections.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    /// <param name="origin">When the action carries a verdict over from a linked quote: that quote and who decided it (recorded on the event).</param>
    public async Task<TransitionOutcome> TransitionAsync(string articleId, string quoteId, IfMatch ifMatch, Actor reviewer, TransitionRequestBody body, CancellationToken cancellationToken, ReviewOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(ifMatch);
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(body);
        if (ifMatch is IfMatch.Malformed { Problem: var malformed })
        {
            return new TransitionOutcome.Invalid(malformed);
        }

        ReviewAction action;
        try
        {
            action = ReviewActions.Parse(body.Action);
        }
        catch (InvalidTransitionRequestException ex)
        {
            return new TransitionOutcome.Invalid(ex.Message);
        }

        var quote = await quotes.GetQuoteAsync(articleId, quoteId, cancellationToken).ConfigureAwait(false);
        if (quote is null)
        {
            return new TransitionOutcome.NotFound(articleId, quoteId);
        }

        switch (ifMatch)
        {
            case IfMatch.Missing:
                return new TransitionOutcome.ETagRequired(quote, "Send the quote's current ETag in If-Match, so a change by someone else is never overwritten.");
            case IfMatch.Any:
                return new TransitionOutcome.ETagRequired(quote, "If-Match: * would apply the action to whatever the quote has become; send the ETag of the quote as you read it (currentETag is the one it has now).");
            case IfMatch.Tag { Value: var tag } when !string.Equals(tag, quote.ETag, StringComparison.Ordinal):
                return new TransitionOutcome.Stale(quote);
        }

        ReviewDecision decision;
        try
        {
            decision = ReviewWorkflow.Apply(
                quote.State,
                quote.ClaimedBy,
                new ReviewTransitionRequest { Action = action, Reviewer = reviewer, Note = body.Note, CorrectedSpeaker = body.CorrectedSpeaker, CorrectedText = body.CorrectedText });
        }
        catch (IllegalTransitionException ex)
        {
            return new TransitionOutcome.Illegal(quote, ex.Message, ex.AllowedActions);
        }
        catch (ReviewForbiddenException ex)
        {
            return new TransitionOutcome.Forbidden(quote, ex.Message, ex.WhoMay, ReviewWorkflow.AllowedActions(quote.State, quote.ClaimedBy, reviewer));
        }
        catch (InvalidTransitionRequestException ex)
        {
            return new TransitionOutcome.Invalid(ex.Message);
        }

        var reviewEvent = decision.ToEvent(quote.Revision + 1, time.GetUtcNow()) with { Origin = origin };
        try
        {
            // The claimant travels on the quote: the store writes it with the state, in the same conditional update.
            var updated = await quotes.ApplyReviewAsync(quote with { ClaimedBy = decision.ClaimedBy }, reviewEvent, quote.ETag!, cancellationToken).ConfigureAwait(false);
            return new TransitionOutcome.Applied(updated);
        }
        catch (QuoteChangedException)
        {
            var current = await quotes.GetQuoteAsync(articleId, quoteId, cancellationToken).ConfigureAwait(false);
            return current is null ? new TransitionOutcome.NotFound(articleId, quoteId) : new TransitionOutcome.Stale(current);
        }
    }
}

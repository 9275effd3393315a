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

    /// <summary>The write carried no ETag (428).</summary>
    public sealed record ETagRequired(Quote Current) : TransitionOutcome;

    /// <summary>The quote changed since the caller read it (412).</summary>
    public sealed record Stale(Quote Current) : TransitionOutcome;

    /// <summary>The action is not allowed in the quote's state (409).</summary>
    public sealed record Illegal(Quote Current, string Reason, IReadOnlyList<ReviewAction> Allowed) : TransitionOutcome;
}

/// <summary>
/// Moves a quote through review: checks who is asking, the ETag and the state machine, then records the
/// transition (state, audit event, index) through the store.
/// </summary>
public sealed class ReviewService(IQuoteStore quotes, TimeProvider time)
{
    /// <summary>Applies one reviewer action to one quote.</summary>
    /// <param name="principalName">The App Service authentication identity, when present; it wins over the body's reviewer.</param>
    /// <param name="origin">When the action carries a verdict over from a linked quote: that quote and who decided it (recorded on the event).</param>
    public async Task<TransitionOutcome> TransitionAsync(string articleId, string quoteId, string? ifMatch, string? principalName, TransitionRequestBody body, CancellationToken cancellationToken, ReviewOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ReviewAction action;
        try
        {
            action = ReviewActions.Parse(body.Action);
        }
        catch (InvalidTransitionRequestException ex)
        {
            return new TransitionOutcome.Invalid(ex.Message);
        }

        var reviewer = string.IsNullOrWhiteSpace(principalName) ? body.Reviewer : principalName;
        if (string.IsNullOrWhiteSpace(reviewer))
        {
            return new TransitionOutcome.Invalid("Who is reviewing? Sign in (App Service authentication sets X-MS-CLIENT-PRINCIPAL-NAME) or give 'reviewer' in the body.");
        }

        var quote = await quotes.GetQuoteAsync(articleId, quoteId, cancellationToken).ConfigureAwait(false);
        if (quote is null)
        {
            return new TransitionOutcome.NotFound(articleId, quoteId);
        }

        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return new TransitionOutcome.ETagRequired(quote);
        }

        if (ifMatch != "*" && ifMatch != quote.ETag)
        {
            return new TransitionOutcome.Stale(quote);
        }

        ReviewEvent reviewEvent;
        try
        {
            var decision = ReviewWorkflow.Apply(
                quote.State,
                new ReviewTransitionRequest { Action = action, Reviewer = reviewer, Note = body.Note, CorrectedSpeaker = body.CorrectedSpeaker, CorrectedText = body.CorrectedText });
            reviewEvent = decision.ToEvent(quote.Revision + 1, time.GetUtcNow()) with { Origin = origin };
        }
        catch (IllegalTransitionException ex)
        {
            return new TransitionOutcome.Illegal(quote, ex.Message, ex.AllowedActions);
        }
        catch (InvalidTransitionRequestException ex)
        {
            return new TransitionOutcome.Invalid(ex.Message);
        }

        try
        {
            return new TransitionOutcome.Applied(await quotes.ApplyReviewAsync(quote, reviewEvent, quote.ETag!, cancellationToken).ConfigureAwait(false));
        }
        catch (QuoteChangedException)
        {
            var current = await quotes.GetQuoteAsync(articleId, quoteId, cancellationToken).ConfigureAwait(false);
            return current is null ? new TransitionOutcome.NotFound(articleId, quoteId) : new TransitionOutcome.Stale(current);
        }
    }
}

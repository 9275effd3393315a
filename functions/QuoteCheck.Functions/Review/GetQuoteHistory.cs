using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Functions.Http;

namespace QuoteCheck.Functions.Review;

/// <summary><c>GET /api/quotes/{articleId}/{quoteId}/history</c>: who decided what, oldest first, and where a later extraction disagreed.</summary>
public sealed class GetQuoteHistory(IQuoteStore quotes)
{
    /// <summary>The quote's review events, or 404.</summary>
    [Function(nameof(GetQuoteHistory))]
    public async Task<Results<Ok<HistoryResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "quotes/{articleId}/{quoteId}/history")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        var quote = await quotes.GetQuoteAsync(articleId, quoteId, cancellationToken);
        if (quote is null)
        {
            return Problems.NotFound($"No quote '{quoteId}' in article '{articleId}'.");
        }

        var history = await quotes.GetHistoryAsync(quote, cancellationToken);
        var items = history.Events.Select(HistoryEntry.Of)
            .Concat(history.Conflicts.Select(c => HistoryEntry.Of(c, quote.State)))
            .OrderBy(e => e.At)
            .ToList();
        return TypedResults.Ok(new HistoryResponse(articleId, quoteId, quote.State.ToString(), items));
    }
}

/// <summary>A quote's audit trail.</summary>
public sealed record HistoryResponse(string ArticleId, string QuoteId, string State, IReadOnlyList<HistoryEntry> Items);

/// <summary>
/// One entry: a review transition (who by name and stable id, when, from, to, action, note, corrections), or, with
/// action <c>extractionDisagreed</c>, a later version of the article extracted differently from the decided quote.
/// </summary>
public sealed record HistoryEntry(int Revision, string Action, string From, string To, string Reviewer, DateTimeOffset At, string? Note, string? CorrectedSpeaker, string? CorrectedText, string? ReviewerId = null, AppliedFromResponse? AppliedFrom = null)
{
    /// <summary>The action name of an extraction disagreement.</summary>
    public const string ExtractionDisagreed = "extractionDisagreed";

    /// <summary>Who records extraction disagreements.</summary>
    public const string System = "quotecheck";

    /// <summary>Maps a stored event.</summary>
    public static HistoryEntry Of(ReviewEvent reviewEvent)
    {
        ArgumentNullException.ThrowIfNull(reviewEvent);
        return new(reviewEvent.Revision, reviewEvent.Action.ToWireName(), reviewEvent.From.ToString(), reviewEvent.To.ToString(), reviewEvent.Reviewer, reviewEvent.OccurredAt, reviewEvent.Note, reviewEvent.CorrectedSpeaker, reviewEvent.CorrectedText, reviewEvent.ReviewerId,
            reviewEvent.Origin is { } origin ? new AppliedFromResponse(origin.ArticleId, origin.QuoteId, origin.Reviewer) : null);
    }

    /// <summary>Maps a recorded disagreement (the state does not change: a person decides).</summary>
    public static HistoryEntry Of(ExtractionConflict conflict, ReviewState state)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return new(0, ExtractionDisagreed, state.ToString(), state.ToString(), System, conflict.DetectedAt, conflict.Describe(), conflict.ExtractedSpeaker, null);
    }
}

/// <summary>The linked quote a verdict was carried over from, and who gave it there.</summary>
public sealed record AppliedFromResponse(string ArticleId, string QuoteId, string Reviewer);

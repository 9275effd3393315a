using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Quotes;

/// <summary>A query over stored quotes; all filters are exact matches and combine with AND.</summary>
public sealed record QuoteQuery
{
    /// <summary>Only quotes in this review state.</summary>
    public ReviewState? State { get; init; }

    /// <summary>Only quotes of this article.</summary>
    public string? ArticleId { get; init; }

    /// <summary>Only quotes whose canonical speaker is this (case-insensitive).</summary>
    public string? Speaker { get; init; }

    /// <summary>Page size, 1–100.</summary>
    public int PageSize { get; init; } = 25;

    /// <summary>Opaque token from the previous page.</summary>
    public string? ContinuationToken { get; init; }
}

/// <summary>One page of quotes and the token for the next, if any.</summary>
public sealed record QuotePage(IReadOnlyList<Quote> Items, string? ContinuationToken);

/// <summary>Reads and writes quotes and the review-state index.</summary>
public interface IQuoteStore
{
    /// <summary>The quote, or null when there is none with these ids.</summary>
    Task<Quote?> GetQuoteAsync(string articleId, string quoteId, CancellationToken cancellationToken);

    /// <summary>Quotes matching <paramref name="query"/>, newest article first, then in reading order.</summary>
    Task<QuotePage> ListQuotesAsync(QuoteQuery query, CancellationToken cancellationToken);

    /// <summary>All quotes of one article in reading order, vanished ones included.</summary>
    Task<IReadOnlyList<Quote>> ListArticleQuotesAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a fresh extraction of an article idempotently: new quotes are added in state New, quotes found
    /// again keep their review state, and quotes no longer found are marked vanished, never deleted.
    /// </summary>
    Task SaveExtractionAsync(string articleId, IReadOnlyList<Quote> extracted, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records a review transition on <paramref name="quote"/> if it still has the ETag <paramref name="ifMatch"/>,
    /// then appends the event to the audit trail and moves the quote in the review-queue index.
    /// </summary>
    /// <remarks>The quote's <see cref="Quote.ClaimedBy"/> as given is stored with the new state (the review workflow decides it).</remarks>
    /// <returns>The quote as now stored, with its new ETag.</returns>
    /// <exception cref="QuoteChangedException">Someone changed the quote since <paramref name="ifMatch"/> was read.</exception>
    Task<Quote> ApplyReviewAsync(Quote quote, ReviewEvent reviewEvent, string ifMatch, CancellationToken cancellationToken);

    /// <summary>The quote's review events, oldest first.</summary>
    Task<IReadOnlyList<ReviewEvent>> GetHistoryAsync(Quote quote, CancellationToken cancellationToken);

    /// <summary>
    /// Completes whatever a crash may have left half done for this quote: its latest event in the audit trail
    /// and its row in the review-queue index. Idempotent.
    /// </summary>
    Task RepairAsync(Quote quote, CancellationToken cancellationToken);
}

/// <summary>The quote changed since the caller read it (its ETag no longer matches).</summary>
public sealed class QuoteChangedException(string message) : Exception(message);

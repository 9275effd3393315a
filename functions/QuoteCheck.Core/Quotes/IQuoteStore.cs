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

    /// <summary>Only undecided quotes that arrived with a verdict already given on the same quote elsewhere ("previously decided"); not with <see cref="ArticleId"/>.</summary>
    public bool PreviouslyDecided { get; init; }

    /// <summary>Page size, 1–100.</summary>
    public int PageSize { get; init; } = 25;

    /// <summary>Opaque token from the previous page.</summary>
    public string? ContinuationToken { get; init; }
}

/// <summary>One page of quotes and the token for the next, if any.</summary>
public sealed record QuotePage(IReadOnlyList<Quote> Items, string? ContinuationToken);

/// <summary>A quote's audit trail: review transitions and disagreements of later extractions, each oldest first.</summary>
public sealed record QuoteHistory(IReadOnlyList<ReviewEvent> Events, IReadOnlyList<ExtractionConflict> Conflicts);

/// <summary>Reads and writes quotes and the review-queue index.</summary>
public interface IQuoteStore
{
    /// <summary>The quote, or null when there is none with these ids. Never writes.</summary>
    Task<Quote?> GetQuoteAsync(string articleId, string quoteId, CancellationToken cancellationToken);

    /// <summary>
    /// The quote as <see cref="GetQuoteAsync"/> returns it, for showing: the quote row is always read, but when the
    /// same row (same ETag) was read moments ago with a link to a shared identity, that link is reused instead of
    /// read again. For reads that show a quote; a write decides on <see cref="GetQuoteAsync"/>. Never writes.
    /// </summary>
    Task<Quote?> ReadQuoteAsync(string articleId, string quoteId, CancellationToken cancellationToken);

    /// <summary>Quotes matching <paramref name="query"/>, newest article first, then in reading order: one storage query. Never writes.</summary>
    Task<QuotePage> ListQuotesAsync(QuoteQuery query, CancellationToken cancellationToken);

    /// <summary>All quotes of one article in reading order, vanished ones included. Never writes.</summary>
    Task<IReadOnlyList<Quote>> ListArticleQuotesAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Records a review transition on <paramref name="quote"/> if it still has the ETag <paramref name="ifMatch"/>:
    /// the quote row and its audit event in one atomic write, then the review-queue index. A crash before the
    /// index is written is completed by the index sweeper.
    /// </summary>
    /// <remarks>The quote's <see cref="Quote.ClaimedBy"/> as given is stored with the new state (the review workflow decides it).</remarks>
    /// <returns>The quote as now stored, with its new ETag.</returns>
    /// <exception cref="QuoteChangedException">Someone changed the quote since <paramref name="ifMatch"/> was read.</exception>
    Task<Quote> ApplyReviewAsync(Quote quote, ReviewEvent reviewEvent, string ifMatch, CancellationToken cancellationToken);

    /// <summary>The quote's review events and extraction disagreements, oldest first. Never writes.</summary>
    Task<QuoteHistory> GetHistoryAsync(Quote quote, CancellationToken cancellationToken);

    /// <summary>Writes the review-queue index rows of <paramref name="current"/> and removes those of <paramref name="removed"/>. Idempotent.</summary>
    Task WriteIndexAsync(IReadOnlyList<Quote> current, IReadOnlyList<Quote> removed, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the review-queue index agree with the article's quote rows (the truth): the sweeper's repair after a
    /// crash between a quote write and its index write. Idempotent.
    /// </summary>
    Task ReconcileIndexAsync(string articleId, CancellationToken cancellationToken);
}

/// <summary>The quote changed since the caller read it (its ETag no longer matches).</summary>
public sealed class QuoteChangedException(string message) : Exception(message);

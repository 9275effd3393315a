using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using QuoteCheck.Core.ClaimReviews;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.ClaimReviews;

/// <summary>
/// Builds schema.org <c>ClaimReview</c> documents for published quotes: only a quote whose stored state is Published
/// ever gets one, whether asked for alone or through the feed.
/// </summary>
public sealed class ClaimReviewService(IQuoteStore quotes, ILinkStore links, QuoteViews views, IOptions<ClaimReviewOptions> options)
{
    /// <summary>True when the publishing organisation and the review pages' address are configured.</summary>
    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>The fact check of one quote, or null when the quote does not exist or is not published.</summary>
    public async Task<JsonObject?> GetAsync(string articleId, string quoteId, CancellationToken cancellationToken)
    {
        var quote = await quotes.GetQuoteAsync(articleId, quoteId, cancellationToken).ConfigureAwait(false);
        if (quote is null || QuoteViews.PublishedAtOf(quote) is not { } publishedAt || quote.Decision?.To is not { } verdict)
        {
            return null;
        }

        var appearances = await views.AppearancesAsync(quote, cancellationToken).ConfigureAwait(false);
        return Build(new PublishedClaim(quote.ArticleId, quote.QuoteId, quote.Extraction.Text, quote.Extraction.Speaker, verdict, publishedAt, quote.CorrectedSpeaker, quote.CorrectedText, appearances));
    }

    /// <summary>
    /// A page of the feed, newest first (one query), each entry checked against its quote so that a quote reopened
    /// since it was published never appears (a bounded number of reads: one per entry, at most a page).
    /// </summary>
    public async Task<(IReadOnlyList<JsonObject> Items, string? ContinuationToken)> ListAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var page = await links.ListPublishedAsync(pageSize, continuationToken, cancellationToken).ConfigureAwait(false);
        var current = await Task.WhenAll(page.Items.Select(claim => quotes.GetQuoteAsync(claim.ArticleId, claim.QuoteId, cancellationToken))).ConfigureAwait(false);
        var items = page.Items
            .Zip(current)
            .Where(pair => pair.Second is { State: ReviewState.Published } quote && QuoteViews.PublishedAtOf(quote) == pair.First.PublishedAt)
            .Select(pair => Build(pair.First))
            .ToList();
        return (items, page.ContinuationToken);
    }

    private JsonObject Build(PublishedClaim claim)
    {
        var settings = options.Value;
        var input = new ClaimReviewInput(
            claim.Text,
            claim.Speaker,
            claim.Verdict,
            claim.PublishedAt,
            settings.ReviewUrl(claim.ArticleId, claim.QuoteId),
            claim.Appearances,
            claim.CorrectedSpeaker,
            claim.CorrectedText);
        var document = ClaimReviewDocument.Build(input, new ClaimReviewPublisher(settings.OrganizationName!, settings.OrganizationUrl, settings.LogoUrl), settings.RatingFor(claim.Verdict));
        document["identifier"] = $"{claim.ArticleId}/{claim.QuoteId}";
        return document;
    }
}

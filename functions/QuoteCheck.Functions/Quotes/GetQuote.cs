using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Functions.Linking;
using QuoteCheck.Functions.Http;

namespace QuoteCheck.Functions.Quotes;

/// <summary><c>GET /api/quotes/{articleId}/{quoteId}</c>: one quote, with its ETag for conditional review writes and the same quote in other articles.</summary>
public sealed class GetQuote(IQuoteStore quotes, ILinkStore links)
{
    /// <summary>How many of a quote's matches come with it; <c>GET .../matches</c> pages through all of them.</summary>
    public const int MatchesShown = 25;

    /// <summary>Returns the quote, with its matches, or 404.</summary>
    [Function(nameof(GetQuote))]
    public async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "quotes/{articleId}/{quoteId}")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var quote = await quotes.ReadQuoteAsync(articleId, quoteId, cancellationToken);
        if (quote is null)
        {
            return Problems.NotFound($"No quote '{quoteId}' in article '{articleId}'.");
        }

        // The quote's matches: the first page of its identity (one more query), current states included; none to read
        // for a quote that started its identity and that nothing has joined (most quotes).
        MatchesResponse? matches = null;
        if (quote.Link is { } link)
        {
            matches = link.IsAlone(QuoteLinker.RefOf(articleId, quoteId))
                ? MatchesResponse.From(quote, [], more: false)
                : await ReadMatchesAsync(quote, link, cancellationToken);
        }

        request.HttpContext.Response.Headers.ETag = quote.ETag;
        return TypedResults.Ok(QuoteResponse.From(quote, matches));
    }

    private async Task<MatchesResponse> ReadMatchesAsync(Quote quote, QuoteLink link, CancellationToken cancellationToken)
    {
        var page = await links.ListMembersAsync(link.IdentityId, MatchesShown + 1, null, cancellationToken);
        return MatchesResponse.From(quote, page.Items, page.ContinuationToken is not null);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Functions.Http;

namespace QuoteCheck.Functions.Quotes;

/// <summary><c>GET /api/quotes/{articleId}/{quoteId}</c>: one quote, with its ETag for conditional review writes.</summary>
public sealed class GetQuote(IQuoteStore quotes)
{
    /// <summary>Returns the quote or 404.</summary>
    [Function(nameof(GetQuote))]
    public async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "quotes/{articleId}/{quoteId}")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var quote = await quotes.GetQuoteAsync(articleId, quoteId, cancellationToken);
        if (quote is null)
        {
            return Problems.NotFound($"No quote '{quoteId}' in article '{articleId}'.");
        }

        request.HttpContext.Response.Headers.ETag = quote.ETag;
        return TypedResults.Ok(QuoteResponse.From(quote));
    }
}

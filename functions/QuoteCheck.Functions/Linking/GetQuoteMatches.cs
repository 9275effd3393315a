using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Linking;

/// <summary><c>GET /api/quotes/{articleId}/{quoteId}/matches?pageSize=&amp;continuationToken=</c>: every quote linked with this one, first appearance first.</summary>
public sealed class GetQuoteMatches(IQuoteStore quotes, ILinkStore links)
{
    /// <summary>One page of the quote's identity (the quote itself included, as <c>origin</c> or with its relation), or 404.</summary>
    [Function(nameof(GetQuoteMatches))]
    public async Task<Results<Ok<MatchPageResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "quotes/{articleId}/{quoteId}/matches")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Paging.TryReadPageSize(request.Query, out var pageSize))
        {
            return Problems.BadRequest(Paging.PageSizeProblem);
        }

        var quote = await quotes.ReadQuoteAsync(articleId, quoteId, cancellationToken);
        if (quote is null)
        {
            return Problems.NotFound($"No quote '{quoteId}' in article '{articleId}'.");
        }

        if (quote.Link is not { } link)
        {
            return TypedResults.Ok(new MatchPageResponse(string.Empty, [], null));
        }

        try
        {
            var page = await links.ListMembersAsync(link.IdentityId, pageSize, Paging.ContinuationToken(request.Query), cancellationToken);
            return TypedResults.Ok(new MatchPageResponse(link.IdentityId, page.Items.Select(MatchResponse.From).ToList(), page.ContinuationToken));
        }
        catch (InvalidContinuationTokenException ex)
        {
            return Problems.BadRequest(ex.Message);
        }
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Quotes;

/// <summary><c>GET /api/quotes?state=&amp;speaker=&amp;articleId=&amp;previouslyDecided=&amp;pageSize=&amp;continuationToken=</c>: the review queue.</summary>
public sealed class ListQuotes(IQuoteStore quotes)
{
    /// <summary>One page of quotes, newest article first.</summary>
    [Function(nameof(ListQuotes))]
    public async Task<Results<Ok<QuotePageResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "quotes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = request.Query;
        ReviewState? state = null;
        if (parameters["state"] is { Count: > 0 } rawState && !string.IsNullOrWhiteSpace(rawState))
        {
            if (!ReviewStates.TryParse(rawState, out var parsed))
            {
                return Problems.BadRequest($"Unknown state '{rawState}'. States: {string.Join(", ", Enum.GetNames<ReviewState>())}.");
            }

            state = parsed;
        }

        if (!Paging.TryReadPageSize(parameters, out var pageSize))
        {
            return Problems.BadRequest(Paging.PageSizeProblem);
        }

        var previouslyDecided = false;
        if (parameters["previouslyDecided"] is { Count: > 0 } rawPrior && !string.IsNullOrWhiteSpace(rawPrior) && !bool.TryParse(rawPrior, out previouslyDecided))
        {
            return Problems.BadRequest("previouslyDecided must be true or false.");
        }

        if (previouslyDecided && NullIfEmpty(parameters["articleId"]) is not null)
        {
            return Problems.BadRequest("previouslyDecided lists the review queue across articles; it cannot be combined with articleId.");
        }

        try
        {
            var page = await quotes.ListQuotesAsync(
                new QuoteQuery
                {
                    State = state,
                    ArticleId = NullIfEmpty(parameters["articleId"]),
                    Speaker = NullIfEmpty(parameters["speaker"]),
                    PreviouslyDecided = previouslyDecided,
                    PageSize = pageSize,
                    ContinuationToken = Paging.ContinuationToken(parameters),
                },
                cancellationToken);
            return TypedResults.Ok(new QuotePageResponse(page.Items.Select(QuoteResponse.From).ToList(), page.ContinuationToken));
        }
        catch (InvalidContinuationTokenException ex)
        {
            return Problems.BadRequest(ex.Message);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

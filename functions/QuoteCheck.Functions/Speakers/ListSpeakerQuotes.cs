using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Review;
using QuoteCheck.Core.Speakers;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Quotes;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Speakers;

/// <summary><c>GET /api/speakers/{speaker}/quotes?state=&amp;pageSize=&amp;continuationToken=</c>: what this person has said across articles, newest article first.</summary>
public sealed class ListSpeakerQuotes(ISpeakerStore speakers)
{
    /// <summary>One page of the speaker's quotes (one storage query), with their counts on the first page; 404 for a speaker with no quotes.</summary>
    [Function(nameof(ListSpeakerQuotes))]
    public async Task<Results<Ok<SpeakerQuotePageResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "speakers/{speaker}/quotes")] HttpRequest request,
        string speaker,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ReviewState? state = null;
        if (request.Query["state"] is { Count: > 0 } rawState && !string.IsNullOrWhiteSpace(rawState))
        {
            if (!ReviewStates.TryParse(rawState, out var parsed))
            {
                return Problems.BadRequest($"Unknown state '{rawState}'. States: {string.Join(", ", ReviewStates.Names)}.");
            }

            state = parsed;
        }

        if (!Paging.TryReadPageSize(request.Query, out var pageSize))
        {
            return Problems.BadRequest(Paging.PageSizeProblem);
        }

        var token = Paging.ContinuationToken(request.Query);
        try
        {
            var page = await speakers.ListSpeakerQuotesAsync(speaker, state, pageSize, token, cancellationToken);
            if (token is null && page.Speaker is null)
            {
                return Problems.NotFound($"No quotes attributed to '{speaker}'. Speakers are matched by their canonical name, ignoring case (GET /api/speakers lists them).");
            }

            return TypedResults.Ok(new SpeakerQuotePageResponse(
                page.Speaker is { } summary ? SpeakerResponse.From(summary) : null,
                page.Items.Select(QuoteResponse.From).ToList(),
                page.ContinuationToken));
        }
        catch (InvalidContinuationTokenException ex)
        {
            return Problems.BadRequest(ex.Message);
        }
    }
}

/// <summary>A page of one speaker's quotes; <see cref="Speaker"/> (their counts) comes with the first page.</summary>
public sealed record SpeakerQuotePageResponse(SpeakerResponse? Speaker, IReadOnlyList<QuoteResponse> Items, string? ContinuationToken);

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Speakers;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Speakers;

/// <summary><c>GET /api/speakers?pageSize=&amp;continuationToken=</c>: canonical speakers, alphabetically, with their quotes counted by review state.</summary>
public sealed class ListSpeakers(ISpeakerStore speakers)
{
    /// <summary>One page of speakers (one storage query).</summary>
    [Function(nameof(ListSpeakers))]
    public async Task<Results<Ok<SpeakerPageResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "speakers")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Paging.TryReadPageSize(request.Query, out var pageSize))
        {
            return Problems.BadRequest(Paging.PageSizeProblem);
        }

        try
        {
            var page = await speakers.ListSpeakersAsync(pageSize, Paging.ContinuationToken(request.Query), cancellationToken);
            return TypedResults.Ok(new SpeakerPageResponse(page.Items.Select(SpeakerResponse.From).ToList(), page.ContinuationToken));
        }
        catch (InvalidContinuationTokenException ex)
        {
            return Problems.BadRequest(ex.Message);
        }
    }
}

/// <summary>A canonical speaker and how many of their quotes are in each state.</summary>
/// <param name="Key">What <c>GET /api/speakers/{speaker}/quotes</c> and the quote list's <c>speaker</c> filter take.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Total">All their quotes.</param>
/// <param name="Counts">Quotes per state, every state named (0 when none).</param>
public sealed record SpeakerResponse(string Key, string Name, int Total, IReadOnlyDictionary<string, int> Counts)
{
    /// <summary>Maps a stored summary.</summary>
    public static SpeakerResponse From(SpeakerSummary speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return new(speaker.Key, speaker.Name, speaker.Total, Enum.GetValues<Core.Review.ReviewState>().ToDictionary(s => s.ToString(), s => speaker.Counts.GetValueOrDefault(s)));
    }
}

/// <summary>A page of speakers.</summary>
public sealed record SpeakerPageResponse(IReadOnlyList<SpeakerResponse> Items, string? ContinuationToken);

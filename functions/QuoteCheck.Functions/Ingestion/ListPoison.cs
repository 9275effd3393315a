using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>
/// <c>GET /api/poison</c>: the messages the host gave up on (undecodable, or failing after every retry),
/// so they are visible through the API as well as <c>quotecheck poison list</c>.
/// </summary>
public sealed class ListPoison(PoisonInspector poison)
{
    /// <summary>The approximate count and the first 32 messages, decoded when they are base64.</summary>
    [Function(nameof(ListPoison))]
    public async Task<Ok<PoisonPageResponse>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "poison")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (count, messages) = await poison.PeekAsync(cancellationToken);
        return TypedResults.Ok(new PoisonPageResponse(count, messages));
    }
}

/// <summary>What is in the poison queue.</summary>
public sealed record PoisonPageResponse(int ApproximateCount, IReadOnlyList<PoisonMessage> Items);

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>
/// <c>GET /api/poison</c>: the messages the host gave up on (undecodable, or failing after every retry),
/// so they are visible through the API as well as <c>quotecheck poison list</c>.
/// </summary>
public sealed class ListPoison(PoisonInspector poison, Storage.PoisonRecords records)
{
    /// <summary>The approximate count and the first 32 messages still queued, and the first 100 drained into records.</summary>
    [Function(nameof(ListPoison))]
    public async Task<Ok<PoisonPageResponse>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "poison")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (count, messages) = await poison.PeekAsync(cancellationToken);
        var drained = await records.ListAsync(100, cancellationToken);
        return TypedResults.Ok(new PoisonPageResponse(count, messages, drained.Select(DrainedPoisonMessage.From).ToList()));
    }
}

/// <summary>What is in the poison queue, and what was drained from it into records (replayable with <c>quotecheck poison replay</c>).</summary>
public sealed record PoisonPageResponse(int ApproximateCount, IReadOnlyList<PoisonMessage> Items, IReadOnlyList<DrainedPoisonMessage> Drained);

/// <summary>A message drained from the poison queue: why it failed, how often it was tried, and its text (SAS signatures and keys redacted).</summary>
public sealed record DrainedPoisonMessage(string MessageId, string ArticleId, DateTimeOffset? InsertedOn, DateTimeOffset DrainedAt, long? DequeueCount, string Reason, bool IsBase64, string Text)
{
    /// <summary>Maps a stored record.</summary>
    public static DrainedPoisonMessage From(Storage.PoisonRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record = Storage.PoisonRecords.Redacted(record);
        return new(record.MessageId, record.ArticleId, record.InsertedOn, record.DrainedAt, record.DequeueCount, record.Reason, record.IsBase64, record.Text);
    }
}

using System.Text.Json;
using Azure;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace QuoteCheck.Functions.Storage;

/// <summary>An armed repair: the queue message to remove once the write it guards has completed.</summary>
public sealed record ScheduledRepair(string MessageId, string PopReceipt);

/// <summary>What the index sweeper is asked to reconcile.</summary>
/// <param name="ArticleId">The article whose review-queue index rows are made to agree with its quote rows.</param>
public sealed record IndexRepairRequest(string ArticleId);

/// <summary>
/// The write path's safety net for the review-queue index. Before a write that the index must follow, a message
/// is put on the repair queue, invisible for <see cref="QuoteCheckOptions.IndexRepairDelay"/>; when the write and
/// its index rows are done, it is deleted. If the process dies in between, the message surfaces and the
/// <c>RepairIndex</c> queue function reconciles the article's index from its quote rows. Reads never repair.
/// </summary>
public sealed class IndexRepairs(StorageLayout layout, IOptions<QuoteCheckOptions> options)
{
    /// <summary>Arms a repair of <paramref name="articleId"/>'s index.</summary>
    public Task<ScheduledRepair> ScheduleAsync(string articleId, CancellationToken cancellationToken) =>
        ScheduleAsync(articleId, options.Value.IndexRepairDelay, cancellationToken);

    /// <summary>Arms a repair that surfaces after <paramref name="delay"/>.</summary>
    public async Task<ScheduledRepair> ScheduleAsync(string articleId, TimeSpan delay, CancellationToken cancellationToken)
    {
        var body = BinaryData.FromObjectAsJson(new IndexRepairRequest(articleId), JsonSerializerOptions.Web);
        var receipt = await layout.RepairQueue.SendMessageAsync(body, visibilityTimeout: delay, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ScheduledRepair(receipt.Value.MessageId, receipt.Value.PopReceipt);
    }

    /// <summary>Disarms a repair whose write completed; a repair that already ran or is running is harmless.</summary>
    public async Task CancelAsync(ScheduledRepair repair, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repair);
        try
        {
            await layout.RepairQueue.DeleteMessageAsync(repair.MessageId, repair.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 400)
        {
            // Already surfaced and taken by the sweeper (new pop receipt) or gone: nothing to disarm.
        }
    }

    /// <summary>Reads a repair message, or null when it is not one (it is then dropped: there is nothing to repair).</summary>
    public static IndexRepairRequest? Read(QueueMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return message.Body.ToObjectFromJson<IndexRepairRequest>(JsonSerializerOptions.Web) is { ArticleId.Length: > 0 } request ? request : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

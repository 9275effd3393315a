using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Quotes;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// The index sweeper: a queue trigger on the repair queue. A message surfaces only when a write died before
/// disarming it (or a concurrent version's writes may have landed out of order); it reconciles the article's
/// review-queue index with its quote rows.
/// </summary>
public sealed class RepairIndex(IQuoteStore quotes)
{
    /// <summary>Runs for each repair that surfaced.</summary>
    [Function(nameof(RepairIndex))]
    public Task Run([QueueTrigger(QueueNames.IndexRepairs, Connection = "AzureWebJobsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        IndexRepairs.Read(message) is { } request ? quotes.ReconcileIndexAsync(request.ArticleId, cancellationToken) : Task.CompletedTask;
}

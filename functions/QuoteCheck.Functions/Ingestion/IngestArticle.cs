using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>Queue trigger: one article message in, its quotes (or its rejection) stored.</summary>
public sealed class IngestArticle(ArticleIngestor ingestor, TimeProvider time)
{
    /// <summary>Runs for each message on the articles queue.</summary>
    [Function(nameof(IngestArticle))]
    public async Task Run([QueueTrigger(QueueNames.Articles, Connection = "AzureWebJobsStorage")] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using (IngestionLog.StartClock(time))
        {
            await ingestor.IngestAsync(message.MessageId, message.DequeueCount, message.Body, cancellationToken).ConfigureAwait(false);
        }
    }
}

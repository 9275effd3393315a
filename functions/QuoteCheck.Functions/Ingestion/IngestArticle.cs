using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>Queue trigger: one article message in, its quotes (or its rejection) stored.</summary>
public sealed class IngestArticle(ArticleIngestor ingestor)
{
    /// <summary>Runs for each message on the articles queue.</summary>
    [Function(nameof(IngestArticle))]
    public Task Run([QueueTrigger(QueueNames.Articles, Connection = "AzureWebJobsStorage")] QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ingestor.IngestAsync(message.MessageId, message.DequeueCount, message.Body, cancellationToken);
    }
}

using Azure.Storage.Queues.Models;
using Microsoft.Azure.WebJobs;
using QuoteCheck.Functions.Ingestion;

namespace QuoteCheck.LocalHost;

/// <summary>The Functions app's queue trigger, hosted on the WebJobs SDK's queue listener.</summary>
public sealed class QueueFunctions(IngestArticle ingestArticle)
{
    /// <summary>The name token the local host resolves to the configured articles queue.</summary>
    public const string ArticlesQueueToken = "ArticlesQueue";

    /// <summary>Calls <see cref="IngestArticle.Run"/>; failures propagate so the listener retries and finally poisons.</summary>
    [FunctionName(nameof(IngestArticle))]
    public Task IngestArticle([QueueTrigger("%" + ArticlesQueueToken + "%")] QueueMessage message, CancellationToken cancellationToken) =>
        ingestArticle.Run(message, cancellationToken);
}

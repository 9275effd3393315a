using Azure.Storage.Queues.Models;
using Microsoft.Azure.WebJobs;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Linking;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.LocalHost;

/// <summary>The Functions app's queue triggers, hosted on the WebJobs SDK's queue listener.</summary>
public sealed class QueueFunctions(IngestArticle ingestArticle, RepairIndex repairIndex, LinkArticle linkArticle)
{
    /// <summary>The name token the local host resolves to the configured articles queue.</summary>
    public const string ArticlesQueueToken = "ArticlesQueue";

    /// <summary>The name token the local host resolves to the configured index repair queue.</summary>
    public const string RepairQueueToken = "IndexRepairQueue";

    /// <summary>The name token the local host resolves to the configured linker queue.</summary>
    public const string LinkQueueToken = "LinkQueue";

    /// <summary>Calls <see cref="IngestArticle.Run"/>; failures propagate so the listener retries and finally poisons.</summary>
    [FunctionName(nameof(IngestArticle))]
    public Task IngestArticle([QueueTrigger("%" + ArticlesQueueToken + "%")] QueueMessage message, CancellationToken cancellationToken) =>
        ingestArticle.Run(message, cancellationToken);

    /// <summary>Calls <see cref="RepairIndex.Run"/>, the index sweeper.</summary>
    [FunctionName(nameof(RepairIndex))]
    public Task RepairIndex([QueueTrigger("%" + RepairQueueToken + "%")] QueueMessage message, CancellationToken cancellationToken) =>
        repairIndex.Run(message, cancellationToken);

    /// <summary>Calls <see cref="LinkArticle.Run"/>, the linker.</summary>
    [FunctionName(nameof(LinkArticle))]
    public Task LinkArticle([QueueTrigger("%" + LinkQueueToken + "%")] QueueMessage message, CancellationToken cancellationToken) =>
        linkArticle.Run(message, cancellationToken);
}

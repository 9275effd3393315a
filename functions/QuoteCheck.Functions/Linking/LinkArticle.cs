using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.Functions.Linking;

/// <summary>Queue trigger: links one stored article's quotes with the same quotes in other articles.</summary>
public sealed class LinkArticle(ArticleLinker linker)
{
    /// <summary>The app setting that switches the linker off, as for any function (the link requests wait in their queue).</summary>
    public const string DisabledSetting = "AzureWebJobs." + nameof(LinkArticle) + ".Disabled";

    /// <summary>Runs for each message on the linker's queue; failures propagate, so the host retries and finally poisons.</summary>
    [Function(nameof(LinkArticle))]
    public Task Run([QueueTrigger(QueueNames.QuoteLinks, Connection = "AzureWebJobsStorage")] QueueMessage message, CancellationToken cancellationToken) =>
        LinkRequests.Read(message) is { } request ? linker.LinkArticleAsync(request.ArticleId, cancellationToken) : Task.CompletedTask;
}

using System.Text.Json;
using Azure.Storage.Queues.Models;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Linking;

/// <summary>What the linker is asked to do: link the quotes of one article with the same quotes elsewhere.</summary>
/// <param name="ArticleId">The article.</param>
public sealed record LinkRequest(string ArticleId);

/// <summary>
/// The linker's queue. Ingestion puts one message on it for every article it stores (a redelivery again, so a crash
/// between the article's commit and this message is healed by the redelivery); the <see cref="LinkArticle"/>
/// function takes it from there. Reads never enqueue.
/// </summary>
public sealed class LinkRequests(StorageLayout layout)
{
    /// <summary>Asks for <paramref name="articleId"/> to be linked, after <paramref name="delay"/> if given.</summary>
    public async Task EnqueueAsync(string articleId, TimeSpan? delay, CancellationToken cancellationToken)
    {
        var body = BinaryData.FromObjectAsJson(new LinkRequest(articleId), JsonSerializerOptions.Web);
        await layout.LinkQueue.SendMessageAsync(body, visibilityTimeout: delay, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a message, or null when it is not a link request (it is then dropped: there is nothing to link).</summary>
    public static LinkRequest? Read(QueueMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return message.Body.ToObjectFromJson<LinkRequest>(JsonSerializerOptions.Web) is { ArticleId.Length: > 0 } request ? request : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Storage.Blobs.Models;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>What was queued for one article.</summary>
/// <param name="ArticleId">The id the article will be stored under.</param>
/// <param name="ViaBlob">True when the body went to blob storage and the message carries a reference (claim check).</param>
public sealed record QueuedArticle(string ArticleId, bool ViaBlob);

/// <summary>
/// Puts articles on the articles queue in the message contract, base64-encoded as host.json expects.
/// Bodies too large for a queue message go to the blob container and the message carries their URI.
/// </summary>
public sealed class ArticleQueueSender(StorageLayout layout)
{
    /// <summary>
    /// The largest message body sent inline, in UTF-8 bytes. Queue messages hold 64 KiB; base64 makes
    /// 3 bytes into 4 characters, so 48 KiB is the most that fits, and a margin is kept below it.
    /// </summary>
    public const int MaxInlineMessageBytes = 45 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Queues one article; its id defaults to the hash of its text, as the trigger would compute it.</summary>
    public async Task<QueuedArticle> SendAsync(ArticleSubmission article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Body is null)
        {
            throw new ArgumentException("The article needs a body.", nameof(article));
        }

        var id = article.Id ?? ArticleId.FromContent(article.Body);
        var message = article with { Id = id };
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        var viaBlob = payload.Length > MaxInlineMessageBytes;
        if (viaBlob)
        {
            // One blob per text, not per id: two texts of one article sent in quick succession must not overwrite each
            // other before the first is read (each becomes its own version).
            var blob = layout.Container.GetBlobClient(BlobName(id, article.Body));
            await blob.UploadAsync(
                BinaryData.FromString(article.Body),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } },
                cancellationToken).ConfigureAwait(false);
            payload = JsonSerializer.SerializeToUtf8Bytes(message with { Body = null, BlobUri = blob.Uri }, Json);
        }

        await layout.ArticlesQueue.SendMessageAsync(BinaryData.FromBytes(payload), cancellationToken: cancellationToken).ConfigureAwait(false);
        return new QueuedArticle(id, viaBlob);
    }

    /// <summary>Where a body too large for a message is put: <c>incoming/{article id}/{hash of the text}.txt</c>.</summary>
    public static string BlobName(string articleId, string body) => $"incoming/{articleId}/{ArticleId.FromContent(body)}.txt";

    /// <summary>Reads a file as an article: UTF-8 (a BOM is honoured), titled by its file name.</summary>
    public static async Task<ArticleSubmission> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var body = await File.ReadAllTextAsync(path, new UTF8Encoding(false, throwOnInvalidBytes: true), cancellationToken).ConfigureAwait(false);
        return new ArticleSubmission { Title = Path.GetFileNameWithoutExtension(path), Source = Path.GetFileName(path), Body = body };
    }
}

using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteCheck.Core.Articles;
using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>
/// Processes one message of the articles queue: parse, fetch the body, extract, store. A message that
/// can never succeed is recorded as a rejected article; anything transient throws so the host retries
/// it and, after <c>maxDequeueCount</c> attempts, moves it to the poison queue.
/// </summary>
public sealed class ArticleIngestor(
    IArticleStore articles,
    IQuoteStore quotes,
    IQuoteExtractor extractor,
    StorageLayout layout,
    IOptions<QuoteCheckOptions> options,
    TimeProvider time,
    ILogger<ArticleIngestor> logger)
{
    /// <summary>Handles one message body (already base64-decoded by the host).</summary>
    /// <returns>The id the article was stored or rejected under.</returns>
    public async Task<string> IngestAsync(string messageId, long dequeueCount, BinaryData body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var messageScope = logger.BeginScope(new Dictionary<string, object> { ["MessageId"] = messageId, ["DequeueCount"] = dequeueCount });

        var parsed = ArticleMessageParser.Parse(body.ToMemory().Span);
        if (parsed is ParsedMessage.Rejected rejected)
        {
            await RejectAsync(rejected.ArticleId, rejected.Reason, rejected.RawText, null, cancellationToken).ConfigureAwait(false);
            return rejected.ArticleId;
        }

        var submission = ((ParsedMessage.Accepted)parsed).Submission;
        var text = submission.Body ?? await ReadBlobAsync(submission.BlobUri!, cancellationToken).ConfigureAwait(false);
        var articleId = submission.Id ?? (text is null ? ArticleId.FromContent(submission.BlobUri!.ToString()) : ArticleId.FromContent(text));
        using var articleScope = logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = articleId });

        if (text is null)
        {
            await RejectAsync(articleId, $"Blob '{submission.BlobUri}' does not exist in container '{layout.Container.Name}'.", string.Empty, submission, cancellationToken).ConfigureAwait(false);
            return articleId;
        }

        var maxChars = options.Value.MaxArticleChars;
        if (text.Length > maxChars)
        {
            await RejectAsync(articleId, $"Article is {text.Length:N0} characters; the limit is {maxChars:N0} (QuoteCheck__MaxArticleChars).", text, submission, cancellationToken).ConfigureAwait(false);
            return articleId;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            await RejectAsync(articleId, "Article body is empty.", text, submission, cancellationToken).ConfigureAwait(false);
            return articleId;
        }

        var now = time.GetUtcNow();
        var firstSeenAt = await articles.ClaimFirstSeenAsync(articleId, now, cancellationToken).ConfigureAwait(false);
        var extracted = extractor.Extract(text);
        var stored = extracted
            .Select(q => new Quote
            {
                ArticleId = articleId,
                QuoteId = QuoteIds.For(q),
                Extraction = q,
                ExtractorVersion = extractor.Version,
                State = "New",
                ArticleFirstSeenAt = firstSeenAt,
                UpdatedAt = now,
            })
            .DistinctBy(q => q.QuoteId)
            .ToList();

        // Quotes first, article record last: the article row means "done", and a crash before it is
        // completed by the redelivery (every write here is an idempotent upsert or merge).
        await quotes.SaveExtractionAsync(articleId, stored, cancellationToken).ConfigureAwait(false);
        await articles.UpsertArticleAsync(
            new Article
            {
                Id = articleId,
                Status = ArticleStatus.Processed,
                Text = text,
                Title = submission.Title,
                Url = submission.Url,
                Source = submission.Source,
                PublishedAt = submission.PublishedAt,
                Language = submission.Language,
                FirstSeenAt = firstSeenAt,
                ProcessedAt = now,
                QuoteCount = stored.Count,
                ExtractorVersion = extractor.Version,
            },
            cancellationToken).ConfigureAwait(false);

        IngestionLog.ArticleProcessed(logger, articleId, stored.Count, text.Length);
        return articleId;
    }

    private async Task<string?> ReadBlobAsync(Uri blobUri, CancellationToken cancellationToken)
    {
        var blobName = new BlobUriBuilder(blobUri).BlobName;
        var blob = layout.Container.GetBlobClient(blobName);
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private async Task RejectAsync(string articleId, string reason, string rawText, ArticleSubmission? submission, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var firstSeenAt = await articles.ClaimFirstSeenAsync(articleId, now, cancellationToken).ConfigureAwait(false);
        await articles.RecordRejectionAsync(
            new Article
            {
                Id = articleId,
                Status = ArticleStatus.Rejected,
                Text = rawText,
                Title = submission?.Title,
                Url = submission?.Url,
                Source = submission?.Source,
                PublishedAt = submission?.PublishedAt,
                Language = submission?.Language,
                RejectionReason = reason,
                FirstSeenAt = firstSeenAt,
                ProcessedAt = now,
            },
            cancellationToken).ConfigureAwait(false);
        IngestionLog.ArticleRejected(logger, articleId, reason);
    }
}

using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteCheck.Core.Articles;
using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
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
    Resilience resilience,
    ILogger<ArticleIngestor> logger)
{
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Handles one message body (already base64-decoded by the host).</summary>
    /// <returns>The id the article was stored or rejected under.</returns>
    public async Task<string> IngestAsync(string messageId, long dequeueCount, BinaryData body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await resilience.Ingestion.ExecuteAsync(
            static (state, ct) => new ValueTask<string>(state.Self.ProcessAsync(state.messageId, state.dequeueCount, state.body, ct)),
            (Self: this, messageId, dequeueCount, body),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> ProcessAsync(string messageId, long dequeueCount, BinaryData body, CancellationToken cancellationToken)
    {
        using var messageScope = logger.BeginScope(new Dictionary<string, object> { ["MessageId"] = messageId, ["DequeueCount"] = dequeueCount });

        var parsed = ArticleMessageParser.Parse(body.ToMemory().Span);
        if (parsed is ParsedMessage.Rejected rejected)
        {
            using var rejectedScope = ArticleScope(rejected.ArticleId);
            await RejectAsync(rejected.ArticleId, rejected.Reason, rejected.RawText, null, cancellationToken).ConfigureAwait(false);
            return rejected.ArticleId;
        }

        var submission = ((ParsedMessage.Accepted)parsed).Submission;
        string? text = submission.Body;
        if (submission.BlobUri is { } blobUri)
        {
            var blob = await ReadBlobAsync(blobUri, cancellationToken).ConfigureAwait(false);
            if (blob.Problem is { } problem)
            {
                var id = submission.Id ?? ArticleId.FromContent(blobUri.ToString());
                using var rejectedScope = ArticleScope(id);
                await RejectAsync(id, problem, body.ToString(), submission, cancellationToken).ConfigureAwait(false);
                return id;
            }

            text = blob.Text;
        }

        var articleId = submission.Id ?? ArticleId.FromContent(text!);
        using var articleScope = ArticleScope(articleId);

        var maxChars = options.Value.MaxArticleChars;
        if (text!.Length > maxChars)
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
        var extracted = extractor.Extract(text, cancellationToken);
        var stored = extracted
            .Select(q => new Quote
            {
                ArticleId = articleId,
                QuoteId = QuoteIds.For(q),
                Extraction = q,
                ExtractorVersion = extractor.Version,
                State = ReviewState.New,
                ArticleFirstSeenAt = firstSeenAt,
                UpdatedAt = now,
            })
            .DistinctBy(q => q.QuoteId)
            .ToList();

        // Quotes first, article record last: the article row means "done", and a crash before it is
        // completed by the redelivery (every write here is an idempotent upsert or merge).
        await quotes.SaveExtractionAsync(articleId, stored, now, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Puts the article id on every log line written inside it.</summary>
    private IDisposable? ArticleScope(string articleId) =>
        logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = articleId });

    /// <summary>Reads a claim-checked body; a problem that retrying cannot fix is returned, transient faults throw.</summary>
    private async Task<(string? Text, string? Problem)> ReadBlobAsync(Uri blobUri, CancellationToken cancellationToken)
    {
        var reference = new BlobUriBuilder(blobUri);
        var container = layout.Container;
        if (!string.Equals(reference.BlobContainerName, container.Name, StringComparison.Ordinal)
            || !string.Equals(blobUri.Host, container.Uri.Host, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(reference.BlobName))
        {
            return (null, $"'blobUri' must name a blob in this app's '{container.Name}' container ({container.Uri}), not '{blobUri}'.");
        }

        var blob = container.GetBlobClient(reference.BlobName);
        var maxBytes = (long)options.Value.MaxArticleChars * 4;
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (properties.Value.ContentLength > maxBytes)
            {
                return (null, $"Blob '{reference.BlobName}' is {properties.Value.ContentLength:N0} bytes, more than an article of {options.Value.MaxArticleChars:N0} characters can be.");
            }

            var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var text = StrictUtf8.GetString(content.Value.Content.ToMemory().Span);
            return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, null);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, $"Blob '{reference.BlobName}' does not exist in container '{container.Name}'.");
        }
        catch (System.Text.DecoderFallbackException)
        {
            return (null, $"Blob '{reference.BlobName}' is not valid UTF-8 text.");
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

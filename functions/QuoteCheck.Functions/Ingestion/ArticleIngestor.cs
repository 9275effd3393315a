using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteCheck.Core.Articles;
using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Core.Security;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>
/// Processes one message of the articles queue: parse, fetch the body, extract, store the text as a new
/// version of the article together with its quote changes (one conditional write, serialised per article),
/// then the review-queue index and the article list. A message that can never succeed is recorded as a
/// rejected article; anything transient throws so the host retries it and, after <c>maxDequeueCount</c>
/// attempts, moves it to the poison queue (which <see cref="PoisonDrain"/> turns into records).
/// </summary>
public sealed class ArticleIngestor(
    IArticleStore articles,
    IQuoteStore quotes,
    IQuoteExtractor extractor,
    StorageLayout layout,
    IndexRepairs repairs,
    Linking.LinkRequests links,
    PoisonRecords poisonRecords,
    IOptions<QuoteCheckOptions> options,
    TimeProvider time,
    Resilience resilience,
    ILogger<ArticleIngestor> logger)
{
    /// <summary>The longest quote stored: a "quote" longer than this is an extraction gone wrong on unmatched marks.</summary>
    public const int MaxQuoteChars = 100_000;

    /// <summary>How often one delivery re-reads an article that other deliveries keep changing before it lets the host retry.</summary>
    private const int MaxAttempts = 8;

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Handles one message body (already base64-decoded by the host).</summary>
    /// <returns>The id the article was stored or rejected under.</returns>
    public async Task<string> IngestAsync(string messageId, long dequeueCount, BinaryData body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await resilience.Ingestion.ExecuteAsync(
                static (state, ct) => new ValueTask<string>(state.Self.ProcessAsync(state.messageId, state.dequeueCount, state.body, ct)),
                (Self: this, messageId, dequeueCount, body),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Recorded, then rethrown for the host's retry: if the message ends in the poison queue, the drain
            // can say why it failed.
            var error = SecretRedaction.Redact(ex.Message)!;
            IngestionLog.AttemptFailed(logger, messageId, dequeueCount, error);
            await NoteFailureAsync(body, dequeueCount, $"{ex.GetType().Name}: {error}").ConfigureAwait(false);
            throw;
        }
    }

    private async Task NoteFailureAsync(BinaryData body, long dequeueCount, string reason)
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await poisonRecords.NoteFailureAsync(body.ToMemory(), dequeueCount, reason, time.GetUtcNow(), budget.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or HttpRequestException)
        {
            // Storage is likely what failed; the drain then records the message without the reason.
        }
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
        var limits = new ArticleLimits(options.Value.MaxTitleChars, options.Value.MaxUrlChars, options.Value.MaxSourceChars);
        if (limits.Check(submission) is { } tooLong)
        {
            var id = submission.Id ?? ArticleId.FromBytes(body.ToMemory().Span);
            using var rejectedScope = ArticleScope(id);
            await RejectAsync(id, tooLong, body.ToString(), submission, cancellationToken).ConfigureAwait(false);
            return id;
        }

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

        // Extraction is CPU-bound and bounded by the same time budget.
        var extracted = extractor.Extract(text, cancellationToken).DistinctBy(QuoteIds.For).ToList();
        var problemWithQuotes = extracted.Count > options.Value.MaxQuotesPerArticle
            ? $"The extractor found {extracted.Count:N0} quotes; the limit is {options.Value.MaxQuotesPerArticle:N0} per article (QuoteCheck__MaxQuotesPerArticle). Nothing of this text was stored."
            : extracted.FirstOrDefault(q => q.Text.Length > MaxQuoteChars) is { } huge
                ? $"The quote at character {huge.Start:N0} is {huge.Text.Length:N0} characters long, more than the {MaxQuoteChars:N0} a stored quote may hold (unbalanced quotation marks?). Nothing of this text was stored."
                : null;
        if (problemWithQuotes is not null)
        {
            await RejectAsync(articleId, problemWithQuotes, text, submission, cancellationToken).ConfigureAwait(false);
            return articleId;
        }

        try
        {
            await StoreAsync(articleId, submission, text, extracted, body, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageLimitException ex)
        {
            await RejectAsync(articleId, ex.Message, text, submission, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 413)
        {
            // A permanent refusal: retrying the same rows can only fail the same way.
            await RejectAsync(articleId, $"Storage refused the article ({ex.Status} {ex.ErrorCode}): {FirstLine(ex.Message)}", text, submission, cancellationToken).ConfigureAwait(false);
        }

        return articleId;
    }

    /// <summary>
    /// Stores the text as a new version, or recognises a text already stored. The first try assumes a new
    /// article and writes without reading (one transaction); when the article exists, it is read with all its
    /// quotes, merged, and written conditionally on the article row's ETag, again and again while other
    /// deliveries win the race.
    /// </summary>
    private async Task StoreAsync(string articleId, ArticleSubmission submission, string text, List<ExtractedQuote> extracted, BinaryData body, CancellationToken cancellationToken)
    {
        var textHash = ArticleId.FromContent(text);
        var shards = options.Value.IndexShards;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var snapshot = attempt == 0 ? null : await articles.ReadForUpdateAsync(articleId, cancellationToken).ConfigureAwait(false);
            var current = snapshot?.Article is { Status: ArticleStatus.Processed } processed ? processed : null;

            if (snapshot?.Lease is { } lease && lease.Until > now && lease.TextHash != textHash && (current is null || lease.Version > current.Version))
            {
                // Another delivery holds the article for a large version: run after it, without spending a retry.
                await layout.ArticlesQueue.SendMessageAsync(body, visibilityTimeout: Min(lease.Until - now + TimeSpan.FromSeconds(1), TimeSpan.FromDays(6)), cancellationToken: cancellationToken).ConfigureAwait(false);
                IngestionLog.Deferred(logger, articleId, lease.Until);
                return;
            }

            if (current?.Versions.FirstOrDefault(v => v.TextHash == textHash) is { } known)
            {
                // A redelivery, or a text stored before: nothing new. The index is re-asserted for the current
                // version, which completes what a crash after the commit may have left undone.
                var listed = snapshot!.Quotes.Where(q => !q.Vanished || ExtractionMerge.IsDecided(q.State)).ToList();
                await quotes.WriteIndexAsync(listed, [], cancellationToken).ConfigureAwait(false);
                await articles.UpsertListEntryAsync(current, cancellationToken).ConfigureAwait(false);
                await links.EnqueueAsync(articleId, null, cancellationToken).ConfigureAwait(false);
                IngestionLog.DuplicateDelivery(logger, articleId, known.Version);
                return;
            }

            if (current is not null && current.Versions.Count >= TableArticleStore.MaxVersions)
            {
                await RejectAsync(articleId, $"Article '{articleId}' already has {TableArticleStore.MaxVersions} versions; a further text is not stored.", text, submission, cancellationToken).ConfigureAwait(false);
                return;
            }

            var version = (current?.Version ?? 0) + 1;
            var firstSeenAt = snapshot?.Article?.FirstSeenAt ?? now;
            var shard = snapshot?.IndexShard ?? IndexKeys.ShardOf(articleId, shards);
            var fresh = extracted.Select(q => new Quote
            {
                ArticleId = articleId,
                QuoteId = QuoteIds.For(q),
                Extraction = q,
                ExtractorVersion = extractor.Version,
                State = ReviewState.New,
                ArticleFirstSeenAt = firstSeenAt,
                UpdatedAt = now,
                ArticleVersion = version,
                ArticleTitle = submission.Title,
                ArticleSource = submission.Source,
                IndexShard = shard,
            }).ToList();
            var merge = ExtractionMerge.Merge(snapshot?.Quotes ?? [], fresh, version, now);
            var quoteCount = merge.Current.Count(q => !q.Vanished);
            var article = new Article
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
                QuoteCount = quoteCount,
                ExtractorVersion = extractor.Version,
                Version = version,
                Versions = [.. current?.Versions ?? [], new ArticleVersionInfo(version, textHash, now, text.Length, quoteCount, submission.Title)],
            };

            IReadOnlyList<Quote> stored;
            try
            {
                stored = await articles.CommitVersionAsync(
                    new ArticleCommit
                    {
                        Article = article,
                        ExpectedETag = snapshot?.ETag,
                        IndexShard = shard,
                        Writes = merge.Writes,
                        Conflicts = merge.Conflicts,
                        LeaseDuration = options.Value.IngestionTimeout + TimeSpan.FromSeconds(30),
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (ArticleChangedException)
            {
                if (attempt > 0)
                {
                    IngestionLog.ArticleChanged(logger, articleId, attempt);
                }

                continue;
            }

            if (snapshot?.Article is { } previous && now - previous.ProcessedAt < options.Value.IngestionTimeout + TimeSpan.FromSeconds(30))
            {
                // A delivery that committed moments ago may still be writing its index rows after these: once it
                // must have finished (its time budget is over), the sweeper reconciles the index with the truth.
                await repairs.ScheduleAsync(articleId, previous.ProcessedAt + options.Value.IngestionTimeout + TimeSpan.FromSeconds(30) - now, cancellationToken).ConfigureAwait(false);
            }

            var etags = stored.ToDictionary(q => q.QuoteId, q => q.ETag, StringComparer.Ordinal);
            await quotes.WriteIndexAsync(merge.Current.Select(q => q with { ETag = etags.GetValueOrDefault(q.QuoteId) ?? q.ETag }).ToList(), merge.Removed, cancellationToken).ConfigureAwait(false);
            await articles.UpsertListEntryAsync(article, cancellationToken).ConfigureAwait(false);

            // Linking with the same quotes in other articles follows off its own queue (the message is this one's outbox).
            await links.EnqueueAsync(articleId, null, cancellationToken).ConfigureAwait(false);
            if (version > 1)
            {
                IngestionLog.VersionStored(logger, articleId, version, quoteCount, merge.Conflicts.Count);
            }

            IngestionLog.ArticleProcessed(logger, articleId, quoteCount, text.Length);
            return;
        }

        throw new ArticleChangedException($"Article '{articleId}' kept changing under {MaxAttempts} attempts to store this delivery; the host retries it.");
    }

    /// <summary>Puts the article id on every log line written inside it.</summary>
    private IDisposable? ArticleScope(string articleId) =>
        logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = articleId });

    /// <summary>Reads a claim-checked body; a problem that retrying cannot fix is returned, transient faults throw.</summary>
    private async Task<(string? Text, string? Problem)> ReadBlobAsync(Uri blobUri, CancellationToken cancellationToken)
    {
        var container = layout.Container;
        if (ClaimCheckUri.Resolve(blobUri, container) is { Problem: { } refused })
        {
            return (null, refused);
        }

        var reference = new BlobUriBuilder(blobUri);

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
        (reason, rawText) = (SecretRedaction.Redact(reason)!, SecretRedaction.Redact(rawText)!); // a SAS or key in a message is never shown or logged

        var now = time.GetUtcNow();
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
                FirstSeenAt = now,
                ProcessedAt = now,
            },
            cancellationToken).ConfigureAwait(false);
        IngestionLog.ArticleRejected(logger, articleId, reason);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

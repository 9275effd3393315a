using Microsoft.Extensions.Logging;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>
/// Turns what the host gave up on into records before the queue's time-to-live can expire it: each message in
/// the poison queue becomes a <see cref="PoisonRecord"/> (reason, dequeue count, the exact message for replay)
/// and a rejection of the article it names, and is then deleted from the queue. SAS signatures and keys are
/// redacted from both. Idempotent: a crash midway drains the message again.
/// </summary>
public sealed class PoisonDrain(PoisonInspector inspector, PoisonRecords records, IArticleStore articles, TimeProvider time, ILogger<PoisonDrain> logger)
{
    /// <summary>The most messages one run drains, so a run stays short; the next run takes the rest.</summary>
    public const int MaxPerRun = 500;

    /// <summary>Drains up to <see cref="MaxPerRun"/> messages.</summary>
    /// <returns>How many were drained.</returns>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var queue = inspector.Raw;
        if (!await queue.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var drained = 0;
        while (drained < MaxPerRun)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false)).Value;
            if (batch.Length == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                var (text, isBase64) = PoisonInspector.Decode(message.Body);
                var bytes = isBase64 ? Convert.FromBase64String(message.Body.ToString()) : message.Body.ToArray();
                var failure = isBase64 ? await records.GetFailureAsync(bytes, cancellationToken).ConfigureAwait(false) : null;
                var reason = !isBase64
                    ? "The message is not base64, so the host could not decode it; replay it with 'quotecheck poison replay --encode'."
                    : failure is { } known
                        ? $"The host gave up after {known.DequeueCount} tries. Last error: {known.Reason}"
                        : "The host gave up after its retries (maxDequeueCount); no failure was recorded (storage was unreachable?).";
                var articleId = ArticleIdOf(bytes);
                var now = time.GetUtcNow();
                // A SAS or key in the message never reaches a record, the article's rejection or a log line.
                var record = PoisonRecords.Redacted(new PoisonRecord(message.MessageId, articleId, message.InsertedOn, now, failure?.DequeueCount, reason, message.Body.ToString(), isBase64, text));

                // The record first, then the article's rejection, then the message goes: a crash in between drains it again.
                await records.SaveAsync(record, cancellationToken).ConfigureAwait(false);
                await articles.RecordRejectionAsync(
                    new Article
                    {
                        Id = articleId,
                        Status = ArticleStatus.Rejected,
                        Text = record.Text,
                        RejectionReason = $"Poison message {message.MessageId}: {record.Reason}",
                        FirstSeenAt = now,
                        ProcessedAt = now,
                        DequeueCount = failure?.DequeueCount,
                        RawMessage = record.RawMessage,
                    },
                    cancellationToken).ConfigureAwait(false);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
                IngestionLog.PoisonDrained(logger, message.MessageId, articleId, record.Reason);
                drained++;
            }
        }

        return drained;
    }

    /// <summary>The article a message names: its id, else the hash ingestion would file it under.</summary>
    private static string ArticleIdOf(byte[] message) => ArticleMessageParser.Parse(message) switch
    {
        ParsedMessage.Accepted { Submission: { Id: { } id } } => id,
        ParsedMessage.Accepted { Submission: { Body: { } body } } => ArticleId.FromContent(body),
        ParsedMessage.Accepted { Submission: { BlobUri: { } uri } } => ArticleId.FromContent(uri.ToString()),
        ParsedMessage.Rejected rejected => rejected.ArticleId,
        _ => ArticleId.FromBytes(message),
    };
}

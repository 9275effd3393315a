using Azure;
using Azure.Data.Tables;
using QuoteCheck.Core.Articles;
using QuoteCheck.Core.Security;

namespace QuoteCheck.Functions.Storage;

/// <summary>A message drained from the poison queue: kept with why it failed, how often it was tried, and its exact bytes for replay.</summary>
/// <param name="MessageId">The poison queue message id it had (what <c>quotecheck poison replay</c> takes).</param>
/// <param name="ArticleId">The article it names (its id, else the content hash), where its rejection is also recorded.</param>
/// <param name="InsertedOn">When the host moved it to the poison queue.</param>
/// <param name="DrainedAt">When it was drained into this record.</param>
/// <param name="DequeueCount">How many times the host tried it, when known.</param>
/// <param name="Reason">The last failure, when one was recorded, else why it is here.</param>
/// <param name="RawMessage">The queue message text exactly as it was (base64 unless a producer sent plain text).</param>
/// <param name="IsBase64">False for a message the trigger could not decode.</param>
/// <param name="Text">The message decoded, for people.</param>
public sealed record PoisonRecord(string MessageId, string ArticleId, DateTimeOffset? InsertedOn, DateTimeOffset DrainedAt, long? DequeueCount, string Reason, string RawMessage, bool IsBase64, string Text);

/// <summary>
/// Rows in the Poison table that keep failures from expiring unrecorded: a note of each message's latest
/// failure (partition <c>~failures</c>, keyed by a hash of its bytes, so the drain can tell why it failed), and
/// the drained poison messages (partition <c>~poison</c>, keyed by message id). SAS signatures and keys never
/// reach a row: reasons, texts and the stored message are redacted (<see cref="SecretRedaction"/>).
/// </summary>
public sealed class PoisonRecords(StorageLayout layout)
{
    /// <summary>The partition of failure notes.</summary>
    public const string FailuresPartition = "~failures";

    /// <summary>The partition of drained poison messages.</summary>
    public const string PoisonPartition = "~poison";

    /// <summary>Notes a message's latest failure (best effort: storage may be what is failing).</summary>
    public async Task NoteFailureAsync(ReadOnlyMemory<byte> message, long dequeueCount, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = new TableEntity(FailuresPartition, ArticleId.FromBytes(message.Span))
        {
            ["Reason"] = Cap(SecretRedaction.Redact(reason)!, 4_000),
            ["DequeueCount"] = dequeueCount,
            ["At"] = at,
        };
        await layout.Poison.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The latest failure noted for a message with these bytes, if any.</summary>
    public async Task<(string Reason, long DequeueCount)?> GetFailureAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var row = await layout.Poison.GetEntityIfExistsAsync<TableEntity>(FailuresPartition, ArticleId.FromBytes(message.Span), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } note ? (note.GetString("Reason") ?? string.Empty, note.GetInt64("DequeueCount") ?? 0) : null;
    }

    /// <summary>Stores a drained message (idempotent: keyed by its message id).</summary>
    public async Task SaveAsync(PoisonRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        record = Redacted(record);
        var row = new TableEntity(PoisonPartition, record.MessageId)
        {
            ["ArticleId"] = record.ArticleId,
            ["InsertedOn"] = record.InsertedOn,
            ["DrainedAt"] = record.DrainedAt,
            ["DequeueCount"] = record.DequeueCount,
            ["Reason"] = Cap(record.Reason, 4_000),
            ["IsBase64"] = record.IsBase64,
        };
        LongText.Write(row, "RawMessage", record.RawMessage);
        LongText.Write(row, "Text", record.Text);
        await layout.Poison.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drained messages, oldest drained first (at most <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<PoisonRecord>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var records = new List<PoisonRecord>();
        await foreach (var row in layout.Poison.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {PoisonPartition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(Read(row));
            if (records.Count >= max)
            {
                break;
            }
        }

        return records.OrderBy(r => r.DrainedAt).ToList();
    }

    /// <summary>One drained message, or null.</summary>
    public async Task<PoisonRecord?> GetAsync(string messageId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(messageId) || messageId.AsSpan().IndexOfAny("/\\#?") >= 0)
        {
            return null;
        }

        var row = await layout.Poison.GetEntityIfExistsAsync<TableEntity>(PoisonPartition, messageId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } entity ? Read(entity) : null;
    }

    /// <summary>Removes a drained message once it was replayed.</summary>
    public async Task DeleteAsync(string messageId, CancellationToken cancellationToken)
    {
        try
        {
            await layout.Poison.DeleteEntityAsync(PoisonPartition, messageId, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone.
        }
    }

    /// <summary>
    /// <paramref name="record"/> with SAS signatures and keys replaced by <c>[redacted]</c> in its reason, its text and
    /// its stored message (re-encoded as it came, so a replay still decodes). A message that carried a secret is
    /// replayed without it: a claim-check URI with a query is refused anyway, and the secret stays out of storage.
    /// </summary>
    public static PoisonRecord Redacted(PoisonRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = SecretRedaction.Redact(record.Text)!;
        var raw = text == record.Text
            ? record.RawMessage
            : record.IsBase64 ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)) : text;
        return record with { Reason = SecretRedaction.Redact(record.Reason)!, Text = text, RawMessage = raw };
    }

    private static PoisonRecord Read(TableEntity row) => new(
        row.RowKey,
        row.GetString("ArticleId") ?? string.Empty,
        row.GetDateTimeOffset("InsertedOn"),
        row.GetDateTimeOffset("DrainedAt") ?? row.Timestamp ?? DateTimeOffset.MinValue,
        row.GetInt64("DequeueCount"),
        row.GetString("Reason") ?? string.Empty,
        LongText.Read(row, "RawMessage") ?? string.Empty,
        row.GetBoolean("IsBase64") ?? true,
        LongText.Read(row, "Text") ?? string.Empty);

    private static string Cap(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "\u2026";
}

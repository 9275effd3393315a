using System.Text;
using Azure.Storage.Queues;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>One message the host gave up on, as an operator needs to see it.</summary>
/// <param name="MessageId">The queue message id (what <c>quotecheck poison replay</c> takes).</param>
/// <param name="InsertedOn">When it was moved to the poison queue.</param>
/// <param name="DequeueCount">How often it has been dequeued there.</param>
/// <param name="IsBase64">False for a message the trigger could not even decode (a producer that sent plain text).</param>
/// <param name="Text">The message as text: decoded when it was base64, else as sent; SAS signatures and keys redacted.</param>
public sealed record PoisonMessage(string MessageId, DateTimeOffset? InsertedOn, long DequeueCount, bool IsBase64, string Text);

/// <summary>Reads the poison queue without changing it.</summary>
public sealed class PoisonInspector(Storage.StorageConnection connection, Storage.StorageLayout layout)
{
    /// <summary>The most messages the queue service returns for a peek.</summary>
    public const int MaxPeek = 32;

    /// <summary>A client on the poison queue that moves message text as it is, without decoding.</summary>
    public QueueClient Raw => connection.RawQueues.GetQueueClient(layout.PoisonQueue.Name);

    /// <summary>The approximate number of messages and the first <see cref="MaxPeek"/> of them; (0, []) when there is no poison queue.</summary>
    public async Task<(int ApproximateCount, IReadOnlyList<PoisonMessage> Messages)> PeekAsync(CancellationToken cancellationToken)
    {
        var queue = Raw;
        if (!await queue.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return (0, []);
        }

        var count = (await queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
        var messages = (await queue.PeekMessagesAsync(MaxPeek, cancellationToken).ConfigureAwait(false)).Value;
        return (count, messages.Select(m =>
        {
            var (text, base64) = Decode(m.Body);
            return new PoisonMessage(m.MessageId, m.InsertedOn, m.DequeueCount, base64, QuoteCheck.Core.Security.SecretRedaction.Redact(text)!);
        }).ToList());
    }

    /// <summary>The message's text, base64-decoded when it is base64 (as every QuoteCheck sender writes it).</summary>
    public static (string Text, bool IsBase64) Decode(BinaryData body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var raw = body.ToString();
        var bytes = new byte[raw.Length];
        return Convert.TryFromBase64String(raw, bytes, out var written)
            ? (Encoding.UTF8.GetString(bytes, 0, written), true)
            : (raw, false);
    }
}

using Microsoft.Extensions.Logging;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>
/// The ingestion's structured log events. Each message ends in one line that says what became of its article
/// (processed with its quote count, or rejected with the reason) and how long it took, timed from when the queue
/// function received the message (<see cref="StartClock"/>).
/// </summary>
internal static partial class IngestionLog
{
    /// <summary>When the current message's handling started; flows with the async calls of that one message.</summary>
    private static readonly AsyncLocal<(TimeProvider Time, long Started)?> Clock = new();

    /// <summary>Starts timing the message being handled; the outcome line reports the milliseconds since. Dispose when the message is done.</summary>
    public static IDisposable StartClock(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var previous = Clock.Value;
        Clock.Value = (time, time.GetTimestamp());
        return new Restore(previous);
    }

    /// <summary>The article was stored with its quotes.</summary>
    public static void ArticleProcessed(ILogger logger, string articleId, int quoteCount, int textLength) =>
        Processed(logger, articleId, quoteCount, textLength, ElapsedMilliseconds());

    /// <summary>The article can never be processed; it is recorded with the reason.</summary>
    public static void ArticleRejected(ILogger logger, string articleId, string reason) =>
        Rejected(logger, articleId, ElapsedMilliseconds(), reason);

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Article {ArticleId} processed: {QuoteCount} quotes from {TextLength} characters in {ElapsedMs} ms")]
    private static partial void Processed(ILogger logger, string articleId, int quoteCount, int textLength, long elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Article {ArticleId} rejected after {ElapsedMs} ms: {Reason}")]
    private static partial void Rejected(ILogger logger, string articleId, long elapsedMs, string reason);

    /// <summary>Milliseconds since <see cref="StartClock"/> for this message; -1 when nothing started the clock (a caller outside the queue function).</summary>
    private static long ElapsedMilliseconds() =>
        Clock.Value is var (time, started) ? (long)time.GetElapsedTime(started).TotalMilliseconds : -1;

    private sealed class Restore((TimeProvider, long)? previous) : IDisposable
    {
        public void Dispose() => Clock.Value = previous;
    }

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Article {ArticleId} version {Version} stored: {QuoteCount} quotes, {ConflictCount} disagreements with decided quotes flagged")]
    public static partial void VersionStored(ILogger logger, string articleId, int version, int quoteCount, int conflictCount);

    /// <summary>The delivery carried a text stored before: nothing new (the outcome line of a duplicate).</summary>
    public static void DuplicateDelivery(ILogger logger, string articleId, int version) =>
        Duplicate(logger, articleId, version, ElapsedMilliseconds());

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Article {ArticleId}: the text is stored already as version {Version}; index rows re-asserted in {ElapsedMs} ms")]
    private static partial void Duplicate(ILogger logger, string articleId, int version, long elapsedMs);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Article {ArticleId} changed while this delivery wrote it (attempt {Attempt}); reading it again")]
    public static partial void ArticleChanged(ILogger logger, string articleId, int attempt);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Article {ArticleId} is being written by another delivery until {Until}; this one is requeued to run after it")]
    public static partial void Deferred(ILogger logger, string articleId, DateTimeOffset until);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Message {MessageId} failed on try {DequeueCount}: {Reason}")]
    public static partial void AttemptFailed(ILogger logger, string messageId, long dequeueCount, string reason);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Poison message {MessageId} recorded as a rejection of {ArticleId}: {Reason}")]
    public static partial void PoisonDrained(ILogger logger, string messageId, string articleId, string reason);
}

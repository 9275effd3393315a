using Microsoft.Extensions.Logging;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>The ingestion's structured log events.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Article {ArticleId} processed: {QuoteCount} quotes from {TextLength} characters")]
    public static partial void ArticleProcessed(ILogger logger, string articleId, int quoteCount, int textLength);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Article {ArticleId} rejected: {Reason}")]
    public static partial void ArticleRejected(ILogger logger, string articleId, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Article {ArticleId} version {Version} stored: {QuoteCount} quotes, {ConflictCount} disagreements with decided quotes flagged")]
    public static partial void VersionStored(ILogger logger, string articleId, int version, int quoteCount, int conflictCount);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Article {ArticleId}: the text is stored already as version {Version}; index rows re-asserted")]
    public static partial void DuplicateDelivery(ILogger logger, string articleId, int version);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Article {ArticleId} changed while this delivery wrote it (attempt {Attempt}); reading it again")]
    public static partial void ArticleChanged(ILogger logger, string articleId, int attempt);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Article {ArticleId} is being written by another delivery until {Until}; this one is requeued to run after it")]
    public static partial void Deferred(ILogger logger, string articleId, DateTimeOffset until);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Message {MessageId} failed on try {DequeueCount}: {Reason}")]
    public static partial void AttemptFailed(ILogger logger, string messageId, long dequeueCount, string reason);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Poison message {MessageId} recorded as a rejection of {ArticleId}: {Reason}")]
    public static partial void PoisonDrained(ILogger logger, string messageId, string articleId, string reason);
}

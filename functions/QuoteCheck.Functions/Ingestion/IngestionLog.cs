using Microsoft.Extensions.Logging;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>The ingestion's structured log events.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Article {ArticleId} processed: {QuoteCount} quotes from {TextLength} characters")]
    public static partial void ArticleProcessed(ILogger logger, string articleId, int quoteCount, int textLength);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Article {ArticleId} rejected: {Reason}")]
    public static partial void ArticleRejected(ILogger logger, string articleId, string reason);
}

using Microsoft.Extensions.Logging;

namespace QuoteCheck.Functions.Linking;

/// <summary>The linker's log lines.</summary>
internal static partial class LinkingLog
{
    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Linked article {ArticleId}: {Linked} quotes linked anew, {Joined} of them with quotes in other articles, {Prior} previously decided")]
    public static partial void ArticleLinked(ILogger logger, string articleId, int linked, int joined, int prior);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Article {ArticleId}: a matching quote is being linked at the same moment; linking again in {Delay}")]
    public static partial void Deferred(ILogger logger, string articleId, TimeSpan delay);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Article {ArticleId}: its link rows changed while it was linked (attempt {Attempt}); linking again from a fresh read")]
    public static partial void LinkRowsChanged(ILogger logger, string articleId, int attempt);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Information, Message = "Article {ArticleId} changed while it was linked; its index and views are reconciled with its quote rows")]
    public static partial void ChangedWhileLinking(ILogger logger, string articleId);
}

namespace QuoteCheck.Core.Articles;

/// <summary>
/// Caps on what an article's metadata may hold, checked before anything is queued or stored: the title and
/// source are copied onto every quote's rows, and every string must fit the store's property limits.
/// </summary>
/// <param name="MaxTitleChars">The longest title, in UTF-16 code units.</param>
/// <param name="MaxUrlChars">The longest url.</param>
/// <param name="MaxSourceChars">The longest source.</param>
public sealed record ArticleLimits(int MaxTitleChars, int MaxUrlChars, int MaxSourceChars)
{
    /// <summary>The longest language tag: BCP 47 tags in practice stay far below it.</summary>
    public const int MaxLanguageChars = 35;

    /// <summary>What is wrong with <paramref name="submission"/>'s metadata, or null when it is within every cap.</summary>
    public string? Check(ArticleSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return Over("title", submission.Title, MaxTitleChars)
            ?? Over("url", submission.Url, MaxUrlChars)
            ?? Over("source", submission.Source, MaxSourceChars)
            ?? Over("language", submission.Language, MaxLanguageChars);
    }

    private static string? Over(string field, string? value, int max) =>
        value is not null && value.Length > max
            ? $"Field '{field}' is {value.Length:N0} characters; the limit is {max:N0}."
            : null;
}

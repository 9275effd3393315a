namespace QuoteCheck.Core.Extraction;

/// <summary>Finds quotes and their speakers in an article's text.</summary>
public interface IQuoteExtractor
{
    /// <summary>A short version tag stored with extracted quotes, changed whenever results can change.</summary>
    string Version { get; }

    /// <summary>Extracts the quotes of <paramref name="text"/>, in order of their start offset, in time linear in its length.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled (checked between stages and quotes).</exception>
    IReadOnlyList<ExtractedQuote> Extract(string text, CancellationToken cancellationToken = default);
}

namespace QuoteCheck.Core.Extraction;

/// <summary>A pair of quotation marks found by the scanner; content offsets exclude the marks.</summary>
internal readonly record struct QuoteSpan(int Open, int Close, int Paragraph, bool SingleMarks)
{
    /// <summary>Offset of the first quoted character.</summary>
    public int ContentStart => Open + 1;

    /// <summary>Offset just past the last quoted character.</summary>
    public int ContentEnd => Close;
}

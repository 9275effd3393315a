namespace QuoteCheck.Core.Extraction;

/// <summary>
/// How many quotes of one document the learned stages may judge: a base plus one per <see cref="CharsPerQuote"/>
/// characters. News has about one quote per 500 characters (one per 130 in the densest interviews, which the base covers when short) and seldom reaches it; text made of nothing but quotation
/// marks and speech verbs does, and its remaining quotes are judged by the rules alone, so that no input costs more
/// per megabyte than a bounded multiple of news.
/// </summary>
internal sealed class ModelBudget
{
    private const int Base = 64;
    private const int CharsPerQuote = 200;

    private int _remaining;

    private ModelBudget(int remaining) => _remaining = remaining;

    /// <summary>The budget of a text of <paramref name="length"/> characters.</summary>
    public static ModelBudget For(int length) => new(Base + (length / CharsPerQuote));

    /// <summary>Takes one quote's worth; false once the budget is spent.</summary>
    public bool TryTake()
    {
        if (_remaining <= 0)
            return false;
        _remaining--;
        return true;
    }
}

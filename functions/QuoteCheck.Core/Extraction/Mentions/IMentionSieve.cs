namespace QuoteCheck.Core.Extraction;

/// <summary>
/// One rule of the first attribution stage, quote → speaker mention (after Muzny et al., EACL 2017): it either names
/// the words that say who spoke, with the cue, or passes. The sieves run in order and the first answer wins.
/// </summary>
internal interface IMentionSieve
{
    /// <summary>The sieve's name, shown in a quote's evidence.</summary>
    string Name { get; }

    /// <summary>The attribution of the context's current quote, or null to let the next sieve try.</summary>
    Attribution? Find(QuoteContext context);
}

/// <summary>What the mention sieves share about the quote being attributed: the document, the attribution grammar, earlier answers.</summary>
internal sealed class QuoteContext(ArticleDocument doc, AttributionFinder finder)
{
    private readonly Attribution?[] _attributions = new Attribution?[doc.Quotes.Count];
    private readonly double[] _confidences = new double[doc.Quotes.Count];
    private Attribution? _after;
    private Attribution? _before;
    private bool _afterDone;
    private bool _beforeDone;

    public ArticleDocument Doc { get; } = doc;

    public AttributionFinder Finder { get; } = finder;

    /// <summary>The quote being attributed (an index into <see cref="ArticleDocument.Quotes"/>).</summary>
    public int Quote { get; private set; } = -1;

    /// <summary>The attribution stated right after the quote (<c>"…," she said</c>), computed once per quote.</summary>
    public Attribution? After
    {
        get
        {
            if (!_afterDone)
                (_after, _afterDone) = (Finder.AfterQuote(Quote), true);
            return _after;
        }
    }

    /// <summary>The attribution stated before the quote in its sentence (<c>She said, "…"</c>), computed once per quote.</summary>
    public Attribution? Before
    {
        get
        {
            if (!_beforeDone)
                (_before, _beforeDone) = (Finder.BeforeQuote(Quote), true);
            return _before;
        }
    }

    /// <summary>The answers for earlier quotes (null where no sieve answered or the quote was filtered out).</summary>
    /// <remarks>A span, not a read-only list: the sieves index it in loops, and an array read through an interface is a call each time.</remarks>
    public ReadOnlySpan<Attribution?> Attributions => _attributions;

    /// <summary>Moves to quote <paramref name="q"/>.</summary>
    public void MoveTo(int q)
    {
        Quote = q;
        _afterDone = _beforeDone = false;
    }

    /// <summary>Records the answer for the current quote, for the sieves that read earlier quotes.</summary>
    public void Record(Attribution? attribution) => _attributions[Quote] = attribution;

    /// <summary>Records how sure the extractor is of the current quote's attribution.</summary>
    public void RecordConfidence(double confidence) => _confidences[Quote] = confidence;

    /// <summary>The confidence recorded for quote <paramref name="q"/> (0 when none was).</summary>
    public double ConfidenceOf(int q) => _confidences[q];
}

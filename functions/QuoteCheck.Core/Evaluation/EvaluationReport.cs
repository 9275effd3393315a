namespace QuoteCheck.Core.Evaluation;

/// <summary>Precision, recall and F1: right predictions over predictions, found gold items over gold items.</summary>
public sealed record PrecisionRecall(int CorrectPredicted, int Predicted, int FoundGold, int Gold)
{
    /// <summary>Share of predictions that are right.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)CorrectPredicted / Predicted;

    /// <summary>Share of gold items found.</summary>
    public double Recall => Gold == 0 ? 0 : (double)FoundGold / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A quote the scorer wants a human to look at: a miss, a false positive or a wrong speaker.</summary>
public sealed record EvaluationExample(string ArticleId, int Start, int End, string Text, string? Expected, string? Predicted, string Context);

/// <summary>The scores of <c>quotecheck eval</c>, as defined in the evaluation README.</summary>
public sealed record EvaluationReport
{
    /// <summary>Extractor version scored.</summary>
    public required string Version { get; init; }

    /// <summary>Articles scored.</summary>
    public required int Articles { get; init; }

    /// <summary>Exact span matching after trimming whitespace, marks and trailing punctuation.</summary>
    public required PrecisionRecall Span { get; init; }

    /// <summary>Span matching with overlap of at least half the longer span.</summary>
    public required PrecisionRecall LenientSpan { get; init; }

    /// <summary>Matched quotes with a gold speaker.</summary>
    public required int AttributionTotal { get; init; }

    /// <summary>Of those, quotes whose predicted speaker mention overlaps the gold one.</summary>
    public required int AttributionCorrect { get; init; }

    /// <summary>Attribution accuracy over matched quotes with a gold speaker.</summary>
    public double AttributionAccuracy => AttributionTotal == 0 ? 0 : (double)AttributionCorrect / AttributionTotal;

    /// <summary>The headline: a prediction counts only when its span matches and its attribution is right.</summary>
    public required PrecisionRecall EndToEnd { get; init; }

    /// <summary>Gold quotes not found.</summary>
    public required IReadOnlyList<EvaluationExample> Misses { get; init; }

    /// <summary>Predicted quotes matching no gold quote.</summary>
    public required IReadOnlyList<EvaluationExample> FalsePositives { get; init; }

    /// <summary>Matched quotes with the wrong speaker mention.</summary>
    public required IReadOnlyList<EvaluationExample> WrongSpeakers { get; init; }
}

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

    /// <summary>Gold quotes with a <c>reference</c> (the person the speaker is); zero for files without them.</summary>
    public int References { get; init; }

    /// <summary>Matched quotes whose gold has a reference.</summary>
    public int CanonicalTotal { get; init; }

    /// <summary>Of those, quotes whose predicted canonical speaker names the reference (<see cref="CanonicalNames"/>).</summary>
    public int CanonicalCorrect { get; init; }

    /// <summary>Canonical-speaker accuracy over matched quotes with a reference.</summary>
    public double CanonicalAccuracy => CanonicalTotal == 0 ? 0 : (double)CanonicalCorrect / CanonicalTotal;

    /// <summary>A prediction counts only when its span matches and, where the gold has a reference, its canonical speaker names it (else as in end to end).</summary>
    public PrecisionRecall EndToEndCanonical { get; init; } = new(0, 0, 0, 0);

    /// <summary>Precision of the predictions by confidence band, highest band first.</summary>
    public IReadOnlyList<ConfidenceBand> Calibration { get; init; } = [];

    /// <summary>Gold quotes not found.</summary>
    public required IReadOnlyList<EvaluationExample> Misses { get; init; }

    /// <summary>Predicted quotes matching no gold quote.</summary>
    public required IReadOnlyList<EvaluationExample> FalsePositives { get; init; }

    /// <summary>Matched quotes with the wrong speaker mention.</summary>
    public required IReadOnlyList<EvaluationExample> WrongSpeakers { get; init; }

    /// <summary>Matched quotes whose canonical speaker does not name the reference.</summary>
    public IReadOnlyList<EvaluationExample> WrongCanonical { get; init; } = [];

    /// <summary>
    /// A diagnostic, not a measure of the README: the predictions whose marks mix styles (a straight mark opening and a
    /// curly one closing, or the reverse), how many matched a gold quote and how many did not. A labelling that pairs
    /// only marks of one style counts every such quote as a false positive, however plainly it is one.
    /// </summary>
    public MarkStyleCount MixedMarks { get; init; } = new(0, 0);
}

/// <summary>How many predictions whose marks mix straight and curly styles matched a gold quote, and how many did not.</summary>
public sealed record MarkStyleCount(int Matched, int FalsePositives);

/// <summary>The predictions whose confidence lies in [<see cref="Low"/>, <see cref="High"/>), and how many of them are right.</summary>
public sealed record ConfidenceBand(double Low, double High, int Predicted, int RightEndToEnd, int RightCanonical)
{
    /// <summary>The bands reported, highest first.</summary>
    public static IReadOnlyList<(double Low, double High)> Bounds { get; } = [(0.95, 1.01), (0.85, 0.95), (0.70, 0.85), (0.0, 0.70)];

    /// <summary>End-to-end precision in the band.</summary>
    public double EndToEndPrecision => Predicted == 0 ? 0 : (double)RightEndToEnd / Predicted;

    /// <summary>End-to-end canonical precision in the band: what the desk's confidence sort promises.</summary>
    public double CanonicalPrecision => Predicted == 0 ? 0 : (double)RightCanonical / Predicted;

    /// <summary>The index in <see cref="Bounds"/> of the band holding <paramref name="confidence"/>.</summary>
    public static int IndexOf(double confidence)
    {
        for (var i = 0; i < Bounds.Count; i++)
        {
            if (confidence >= Bounds[i].Low)
                return i;
        }

        return Bounds.Count - 1;
    }
}

/// <summary>The scores of one labelled file.</summary>
public sealed record FileEvaluation(string File, EvaluationReport Report);

/// <summary>What <c>quotecheck eval FILE...</c> reports: each file's scores and the pooled scores over all of them.</summary>
public sealed record EvaluationSummary(string Version, IReadOnlyList<FileEvaluation> Files, EvaluationReport Pooled);

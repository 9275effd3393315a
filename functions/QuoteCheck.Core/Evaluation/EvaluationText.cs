using System.Globalization;

namespace QuoteCheck.Core.Evaluation;

/// <summary>Writes an evaluation report for a person at a terminal: the figures, then the worst misses, false positives and wrong speakers.</summary>
public static class EvaluationText
{
    /// <summary>Writes <paramref name="report"/> with up to <paramref name="examples"/> examples of each kind.</summary>
    public static void Write(TextWriter output, EvaluationReport report, int examples = 15)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"extractor {report.Version}, {report.Articles} articles, {report.Span.Gold} gold quotes, {report.Span.Predicted} predicted"));
        output.WriteLine(string.Create(c, $"quote spans     P {report.Span.Precision:0.000}  R {report.Span.Recall:0.000}  F1 {report.Span.F1:0.000}   (lenient F1 {report.LenientSpan.F1:0.000})"));
        output.WriteLine(string.Create(c, $"attribution     accuracy {report.AttributionAccuracy:0.000}  ({report.AttributionCorrect}/{report.AttributionTotal} matched quotes with a gold speaker)"));
        output.WriteLine(string.Create(c, $"end to end      P {report.EndToEnd.Precision:0.000}  R {report.EndToEnd.Recall:0.000}  F1 {report.EndToEnd.F1:0.000}"));
        Section(output, "Misses (gold quotes not found)", report.Misses, examples, e => $"expected speaker: {e.Expected ?? "(none)"}");
        Section(output, "False positives (predicted, not gold)", report.FalsePositives, examples, e => $"predicted speaker: {e.Predicted}");
        Section(output, "Wrong speakers", report.WrongSpeakers, examples, e => $"gold: {e.Expected}; predicted: {e.Predicted}");
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<EvaluationExample> items, int max, Func<EvaluationExample, string> detail)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {items.Count}"));
        foreach (var item in items.OrderByDescending(i => i.End - i.Start).Take(max))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{item.ArticleId} @{item.Start}] \u201C{Shorten(item.Text, 100)}\u201D \u2014 {detail(item)}"));
            output.WriteLine($"      context: {Shorten(item.Context, 200)}");
        }
    }

    private static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "\u2026");
    }
}

using System.Globalization;

namespace QuoteCheck.Core.Evaluation;

/// <summary>Writes evaluation reports for a person at a terminal: the figures, calibration, then the worst misses, false positives and wrong speakers.</summary>
public static class EvaluationText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Writes a summary of several files: one table row per file and the pooled row, then the pooled report's details.</summary>
    public static void Write(TextWriter output, EvaluationSummary summary, int examples = 15)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Files.Count == 1)
        {
            output.WriteLine(summary.Files[0].File);
            Write(output, summary.Files[0].Report, examples);
            return;
        }

        output.WriteLine(string.Create(C, $"extractor {summary.Version}, {summary.Files.Count} files"));
        output.WriteLine();
        var rows = summary.Files.Select(f => (Path.GetFileName(f.File), f.Report)).Append(("pooled", summary.Pooled)).ToList();
        var width = Math.Max(8, rows.Max(r => r.Item1.Length));
        output.WriteLine(string.Create(C, $"{"file".PadRight(width)}  articles   gold  span P/R/F1          attrib.  end-to-end P/R/F1    canonical  e2e canon. F1"));
        foreach (var (name, r) in rows)
        {
            var canonical = r.References > 0 ? string.Create(C, $"{r.CanonicalAccuracy,9:0.000}  {r.EndToEndCanonical.F1,13:0.000}") : $"{"-",9}  {"-",13}";
            output.WriteLine(string.Create(C,
                $"{name.PadRight(width)}  {r.Articles,8} {r.Span.Gold,6}  {r.Span.Precision:0.000} {r.Span.Recall:0.000} {r.Span.F1:0.000}  {r.AttributionAccuracy,7:0.000}  {r.EndToEnd.Precision:0.000} {r.EndToEnd.Recall:0.000} {r.EndToEnd.F1:0.000}  {canonical}"));
        }

        output.WriteLine();
        output.WriteLine("pooled");
        Write(output, summary.Pooled, examples);
    }

    /// <summary>Writes <paramref name="report"/> with up to <paramref name="examples"/> examples of each kind.</summary>
    public static void Write(TextWriter output, EvaluationReport report, int examples = 15)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        output.WriteLine(string.Create(C, $"extractor {report.Version}, {report.Articles} articles, {report.Span.Gold} gold quotes, {report.Span.Predicted} predicted"));
        output.WriteLine(string.Create(C, $"quote spans     P {report.Span.Precision:0.000}  R {report.Span.Recall:0.000}  F1 {report.Span.F1:0.000}   (lenient F1 {report.LenientSpan.F1:0.000})"));
        output.WriteLine(string.Create(C, $"attribution     accuracy {report.AttributionAccuracy:0.000}  ({report.AttributionCorrect}/{report.AttributionTotal} matched quotes with a gold speaker)"));
        output.WriteLine(string.Create(C, $"end to end      P {report.EndToEnd.Precision:0.000}  R {report.EndToEnd.Recall:0.000}  F1 {report.EndToEnd.F1:0.000}"));
        if (report.References > 0)
        {
            output.WriteLine(string.Create(C, $"canonical       accuracy {report.CanonicalAccuracy:0.000}  ({report.CanonicalCorrect}/{report.CanonicalTotal} matched quotes with a reference)"));
            output.WriteLine(string.Create(C, $"e2e canonical   P {report.EndToEndCanonical.Precision:0.000}  R {report.EndToEndCanonical.Recall:0.000}  F1 {report.EndToEndCanonical.F1:0.000}"));
        }

        output.WriteLine(report.References > 0 ? "precision by confidence (end to end / canonical):" : "precision by confidence (end to end):");
        foreach (var band in report.Calibration)
        {
            var range = band.High > 1 ? string.Create(C, $">= {band.Low:0.00}") : string.Create(C, $"{band.Low:0.00}-{band.High:0.00}");
            var canonical = report.References > 0 ? string.Create(C, $" / {band.CanonicalPrecision:0.000}") : string.Empty;
            output.WriteLine(string.Create(C, $"  {range,-10} {band.Predicted,6} quotes  {band.EndToEndPrecision:0.000}{canonical}"));
        }

        if (report.MixedMarks.Matched + report.MixedMarks.FalsePositives > 0)
        {
            output.WriteLine(string.Create(C,
                $"mixed marks     {report.MixedMarks.Matched + report.MixedMarks.FalsePositives} predicted quotes open with a straight mark and close with a curly one or the reverse: {report.MixedMarks.Matched} matched gold, {report.MixedMarks.FalsePositives} false positives"));
        }

        Section(output, "Misses (gold quotes not found)", report.Misses, examples, e => $"expected speaker: {e.Expected ?? "(none)"}");
        Section(output, "False positives (predicted, not gold)", report.FalsePositives, examples, e => $"predicted speaker: {e.Predicted}");
        Section(output, "Wrong speakers", report.WrongSpeakers, examples, e => $"gold: {e.Expected}; predicted: {e.Predicted}");
        if (report.References > 0)
            Section(output, "Wrong canonical speakers", report.WrongCanonical, examples, e => $"reference: {e.Expected}; predicted: {e.Predicted ?? "(none)"}");
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<EvaluationExample> items, int max, Func<EvaluationExample, string> detail)
    {
        output.WriteLine();
        output.WriteLine(string.Create(C, $"{title}: {items.Count}"));
        foreach (var item in items.OrderByDescending(i => i.End - i.Start).Take(max))
        {
            output.WriteLine(string.Create(C, $"  [{item.ArticleId} @{item.Start}] \u201C{Shorten(item.Text, 100)}\u201D \u2014 {detail(item)}"));
            output.WriteLine($"      context: {Shorten(item.Context, 200)}");
        }
    }

    private static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "\u2026");
    }
}

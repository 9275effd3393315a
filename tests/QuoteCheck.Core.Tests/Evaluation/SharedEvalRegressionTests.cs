using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Tests.Evaluation;

/// <summary>
/// Guards the measured quality on every shared labelled file (../shared/eval/ beside the repository), skipping with a
/// message when a file is absent. Each floor is what the extractor reaches today minus a small margin; raise them when
/// quality improves, never lower them to let a change through.
/// </summary>
public class SharedEvalRegressionTests(ITestOutputHelper output)
{
    private const double Margin = 0.01;

    /// <summary>File, span F1, attribution accuracy, end-to-end F1, canonical accuracy, end-to-end canonical F1 reached (0 where not measured).</summary>
    public static TheoryData<string, double, double, double, double, double> Reached => new()
    {
        { "polnear-train.jsonl", 0.958, 0.961, 0.920, 0, 0 },
        { "polnear-dev.jsonl", 0.967, 0.952, 0.922, 0, 0 },
        { "ggt-dev.jsonl", 0.943, 0.985, 0.930, 0.984, 0.923 },
    };

    [Theory]
    [MemberData(nameof(Reached))]
    public void SharedFile_QualityDoesNotRegress(string file, double span, double attribution, double endToEnd, double canonical, double endToEndCanonical)
    {
        var path = RepositoryFiles.SharedEvalPath(file);
        if (!File.Exists(path))
            Assert.Skip($"{file} not found at {path} (the shared labelled data lives in ../shared/eval/ beside the repository); nothing to guard.");
        var report = QuoteScorer.Evaluate(new QuoteExtractor(), EvaluationJson.LoadLabelled(path));
        using var text = new StringWriter();
        EvaluationText.Write(text, report, examples: 3);
        output.WriteLine(text.ToString());
        Assert.True(report.Span.F1 >= span - Margin, $"{file}: quote-span F1 {report.Span.F1:F3} fell below {span - Margin:F3}.");
        Assert.True(report.AttributionAccuracy >= attribution - Margin, $"{file}: attribution accuracy {report.AttributionAccuracy:F3} fell below {attribution - Margin:F3}.");
        Assert.True(report.EndToEnd.F1 >= endToEnd - Margin, $"{file}: end-to-end F1 {report.EndToEnd.F1:F3} fell below {endToEnd - Margin:F3}.");
        if (canonical > 0)
        {
            Assert.True(report.CanonicalAccuracy >= canonical - Margin, $"{file}: canonical accuracy {report.CanonicalAccuracy:F3} fell below {canonical - Margin:F3}.");
            Assert.True(report.EndToEndCanonical.F1 >= endToEndCanonical - Margin, $"{file}: end-to-end canonical F1 {report.EndToEndCanonical.F1:F3} fell below {endToEndCanonical - Margin:F3}.");
        }
    }
}

using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Tests.Evaluation;

/// <summary>Guards the measured quality on the shared PolNeAR dev set, when it is present beside the repository.</summary>
public class DevSetRegressionTests(ITestOutputHelper output)
{
    // Figures reached by rules-4 (span F1 0.965, attribution 0.937, end-to-end F1 0.904) minus a small margin;
    // raise them when quality improves.
    private const double MinimumEndToEndF1 = 0.893;
    private const double MinimumSpanF1 = 0.958;
    private const double MinimumAttributionAccuracy = 0.925;

    [Fact]
    public void DevSet_EndToEndF1_DoesNotRegress()
    {
        var path = RepositoryFiles.DevSetPath;
        if (!File.Exists(path))
            Assert.Skip($"Dev set not found at {path} (expected ../shared/eval/polnear-dev.jsonl beside the repository); nothing to guard.");
        var report = QuoteScorer.Evaluate(new QuoteExtractor(), EvaluationJson.LoadLabelled(path));
        using var text = new StringWriter();
        EvaluationText.Write(text, report, examples: 5);
        output.WriteLine(text.ToString());
        Assert.True(report.EndToEnd.F1 >= MinimumEndToEndF1, $"End-to-end F1 {report.EndToEnd.F1:F3} fell below {MinimumEndToEndF1:F3}.");
        Assert.True(report.Span.F1 >= MinimumSpanF1, $"Quote-span F1 {report.Span.F1:F3} fell below {MinimumSpanF1:F3}.");
        Assert.True(report.AttributionAccuracy >= MinimumAttributionAccuracy, $"Attribution accuracy {report.AttributionAccuracy:F3} fell below {MinimumAttributionAccuracy:F3}.");
    }
}

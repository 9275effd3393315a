using QuoteCheck.Core.Linking;

namespace QuoteCheck.Core.Tests.Linking;

/// <summary>Guards the measured linking quality on the committed labelled set (tests/linking/quote-links.jsonl).</summary>
public class LinkSetTests(ITestOutputHelper output)
{
    // Reached by the default thresholds (README, "Linking quotes across articles": precision 0.992, recall 0.956), less a small margin.
    private const double MinimumPrecision = 0.985;
    private const double MinimumRecall = 0.945;

    private static string SetPath => Path.Combine(RepositoryFiles.Root, "tests", "linking", "quote-links.jsonl");

    [Fact]
    public async Task LabelledSet_PrecisionAndRecall_DoNotRegress()
    {
        var report = await LinkEvaluation.EvaluateAsync(LinkEvaluation.Load(SetPath), LinkThresholds.Default, cancellationToken: TestContext.Current.CancellationToken);

        output.WriteLine($"precision {report.Precision:F3} recall {report.Recall:F3} F1 {report.F1:F3} over {report.Quotes} quotes");
        Assert.True(report.Precision >= MinimumPrecision, $"Linking precision {report.Precision:F3} fell below {MinimumPrecision:F3}.");
        Assert.True(report.Recall >= MinimumRecall, $"Linking recall {report.Recall:F3} fell below {MinimumRecall:F3}.");
    }

    [Fact]
    public async Task EveryReprintCaseMarksAndPunctuationCopy_IsLinked_AndNoShortRemarkCrossesSpeakers()
    {
        var report = await LinkEvaluation.EvaluateAsync(LinkEvaluation.Load(SetPath), LinkThresholds.Default, cancellationToken: TestContext.Current.CancellationToken);

        foreach (var name in new[] { "reprint", "case", "marks", "punctuation", "whitespace", "misattributed" })
        {
            var figure = Assert.Single(report.Variations, v => v.Name == name);
            Assert.Equal(figure.Count, figure.Linked);
        }

        Assert.Equal(0, Assert.Single(report.Negatives, v => v.Name == "short-remark-other-speaker").Linked);
        Assert.Equal(0, Assert.Single(report.Negatives, v => v.Name == "quoted-inside-another").Linked);
    }
}

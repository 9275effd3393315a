using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Tests.Evaluation;

public class QuoteScorerTests
{
    // Offsets: "We won." 1..8, "she" 10..13, "Tom" 20..23, "it rains" 30..38, "maybe" 45..50.
    private const string Text = "\u201CWe won.\u201D she said. Tom said \u201Cit rains\u201D and \u201Cmaybe\u201D.";

    private static GoldArticle Article(params GoldQuote[] quotes) => new("a1", "test", Text, quotes);

    private static ExtractedQuote Predicted(int start, int end, int? speakerStart, int? speakerEnd) => new()
    {
        Text = Text[start..end], Start = start, End = end, Kind = QuoteKind.Direct, SpeakerStart = speakerStart,
        SpeakerEnd = speakerEnd, SpeakerMention = speakerStart is { } s ? Text[s..speakerEnd!.Value] : null,
        Confidence = 0.9, Evidence = "test",
    };

    [Fact]
    public void SpansMatch_AfterTrimmingMarksWhitespaceAndTrailingPunctuation()
    {
        var gold = Article(new GoldQuote(1, 8, "We won.", "she", 10, 13, false));
        var report = QuoteScorer.Score("t", [(gold, [Predicted(0, 7, 10, 13)])]);
        Assert.Equal(1.0, report.Span.F1);
        Assert.Equal(1.0, report.AttributionAccuracy);
        Assert.Equal(1.0, report.EndToEnd.F1);
    }

    [Fact]
    public void WrongSpeaker_CountsForSpansButNotEndToEnd()
    {
        var gold = Article(new GoldQuote(1, 8, "We won.", "she", 10, 13, false));
        var report = QuoteScorer.Score("t", [(gold, [Predicted(1, 8, 20, 23)])]);
        Assert.Equal(1.0, report.Span.F1);
        Assert.Equal(0.0, report.AttributionAccuracy);
        Assert.Equal(0.0, report.EndToEnd.F1);
        Assert.Single(report.WrongSpeakers);
    }

    [Fact]
    public void MissAndFalsePositive_AreCountedAndListed()
    {
        var gold = Article(
            new GoldQuote(1, 8, "We won.", "she", 10, 13, false),
            new GoldQuote(30, 38, "it rains", "Tom", 20, 23, true));
        var report = QuoteScorer.Score("t", [(gold, [Predicted(1, 8, 10, 13), Predicted(45, 50, 20, 23)])]);
        Assert.Equal(0.5, report.Span.Precision);
        Assert.Equal(0.5, report.Span.Recall);
        Assert.Single(report.Misses);
        Assert.Single(report.FalsePositives);
        Assert.Equal(0.5, report.EndToEnd.F1);
    }

    [Fact]
    public void LenientMatch_NeedsHalfOfTheLongerSpan()
    {
        var gold = Article(new GoldQuote(30, 38, "it rains", "Tom", 20, 23, true));
        var half = QuoteScorer.Score("t", [(gold, [Predicted(30, 34, 20, 23)])]);
        var less = QuoteScorer.Score("t", [(gold, [Predicted(30, 33, 20, 23)])]);
        Assert.Equal(0.0, half.Span.F1);
        Assert.Equal(1.0, half.LenientSpan.F1);
        Assert.Equal(0.0, less.LenientSpan.F1);
    }

    [Fact]
    public void CanonicalSpeaker_IsScoredWhereTheGoldHasAReference()
    {
        var gold = Article(
            new GoldQuote(1, 8, "We won.", "she", 10, 13, false, "Ann Roe"),
            new GoldQuote(30, 38, "it rains", "Tom", 20, 23, true, "Tom Lin"));
        var report = QuoteScorer.Score("t", [(gold, [Predicted(1, 8, 10, 13) with { Speaker = "Roe" }, Predicted(30, 38, 20, 23) with { Speaker = "Bo Lin" }])]);
        Assert.Equal(1.0, report.EndToEnd.F1);
        Assert.Equal(0.5, report.CanonicalAccuracy);
        Assert.Equal(0.5, report.EndToEndCanonical.Precision);
        Assert.Equal(("Tom Lin", "Bo Lin"), (Assert.Single(report.WrongCanonical).Expected, report.WrongCanonical[0].Predicted));
    }

    [Fact]
    public void EndToEndCanonical_FallsBackToTheSpeakerSpan_WithoutAReference()
    {
        var gold = Article(new GoldQuote(1, 8, "We won.", "she", 10, 13, false));
        var report = QuoteScorer.Score("t", [(gold, [Predicted(1, 8, 20, 23) with { Speaker = "Tom" }])]);
        Assert.Equal(0, report.References);
        Assert.Equal(0.0, report.EndToEndCanonical.F1);
    }

    [Fact]
    public void Calibration_CountsRightPredictionsPerConfidenceBand()
    {
        var gold = Article(new GoldQuote(1, 8, "We won.", "she", 10, 13, false, "Ann Roe"), new GoldQuote(30, 38, "it rains", "Tom", 20, 23, true));
        var report = QuoteScorer.Score("t", [(gold, [
            Predicted(1, 8, 10, 13) with { Speaker = "Bo Lin", Confidence = 0.97 },
            Predicted(30, 38, 20, 23) with { Confidence = 0.5 },
            Predicted(45, 50, 20, 23) with { Confidence = 0.51 }])]);
        var high = report.Calibration[0];
        var low = report.Calibration[^1];
        Assert.Equal((1, 1, 0), (high.Predicted, high.RightEndToEnd, high.RightCanonical));
        Assert.Equal((2, 1, 1), (low.Predicted, low.RightEndToEnd, low.RightCanonical));
    }

    [Fact]
    public void EvaluateFiles_ScoresEachFileAndPoolsThem()
    {
        var first = new GoldArticle("a", "t", "\u201CWe won,\u201D she said.", [new GoldQuote(1, 8, "We won,", "she", 10, 13, false)]);
        var second = new GoldArticle("b", "t", "\u201CNo.\u201D", [new GoldQuote(1, 4, "No.", null, null, null, false)]);
        var summary = QuoteScorer.EvaluateFiles(new QuoteExtractor(), [("one.jsonl", [first]), ("two.jsonl", [second])]);
        Assert.Equal(["one.jsonl", "two.jsonl"], summary.Files.Select(f => f.File));
        Assert.Equal(1.0, summary.Files[0].Report.EndToEnd.F1);
        Assert.Equal(0.0, summary.Files[1].Report.Span.Recall);
        Assert.Equal(2, summary.Pooled.Span.Gold);
        Assert.Equal(0.5, summary.Pooled.Span.Recall);
    }

    [Fact]
    public void ParseLabelled_ReadsTheReadmeFormat()
    {
        var line = """{"id": "x", "source": "PolNeAR", "text": "\"Hi,\" he said.", "quotes": [{"start": 1, "end": 4, "text": "Hi,", "speaker": "he", "speakerStart": 6, "speakerEnd": 8, "partial": false}]}""";
        var articles = EvaluationJson.ParseLabelled(new StringReader(line + "\n\n"));
        var quote = Assert.Single(Assert.Single(articles).Quotes);
        Assert.Equal(("he", 6, 8), (quote.Speaker, quote.SpeakerStart, quote.SpeakerEnd));
    }

    [Fact]
    public void ParseLabelled_ReadsReferences()
    {
        var line = """{"id": "x", "source": "GenderGapTracker", "text": "\"Hi,\" she said.", "quotes": [{"start": 1, "end": 4, "text": "Hi,", "speaker": "she", "speakerStart": 6, "speakerEnd": 9, "partial": false, "reference": "Ann Roe"}]}""";
        var quote = Assert.Single(Assert.Single(EvaluationJson.ParseLabelled(new StringReader(line))).Quotes);
        Assert.Equal("Ann Roe", quote.Reference);
    }

    [Fact]
    public void ExtractionLine_UsesTheCamelCaseContract()
    {
        var json = EvaluationJson.ExtractionLine("a.txt", [Predicted(1, 8, 10, 13) with { Kind = QuoteKind.Partial, Cue = "said", CueStart = 14, CueEnd = 18 }]);
        Assert.DoesNotContain('\n', json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("a.txt", doc.RootElement.GetProperty("file").GetString());
        var quote = doc.RootElement.GetProperty("quotes")[0];
        Assert.Equal("partial", quote.GetProperty("kind").GetString());
        foreach (var name in new[] { "text", "start", "end", "speaker", "speakerMention", "speakerStart", "speakerEnd", "role", "cue", "cueStart", "cueEnd", "confidence", "evidence" })
            Assert.True(quote.TryGetProperty(name, out _), name);
    }

    [Fact]
    public void EvaluationText_PrintsTheFiguresAndExamples()
    {
        var gold = Article(new GoldQuote(30, 38, "it rains", "Tom", 20, 23, true));
        var report = QuoteScorer.Score("t", [(gold, [Predicted(45, 50, 20, 23)])]);
        using var writer = new StringWriter();
        EvaluationText.Write(writer, report);
        var text = writer.ToString();
        Assert.Contains("end to end", text, StringComparison.Ordinal);
        Assert.Contains("Misses (gold quotes not found): 1", text, StringComparison.Ordinal);
        Assert.Contains("False positives (predicted, not gold): 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MixedMarks_AreCountedApart_MatchedOrNot()
    {
        // "Go." is opened by a straight mark and closed by a curly one; "Stay." by curly marks only
        const string text = "He said \"Go.\u201D Then: \u201CStay.\u201D And \u201CRun.\"";
        var article = new GoldArticle("m1", "test", text, [new GoldQuote(9, 12, "Go.", null, null, null, false)]);
        ExtractedQuote At(int start, int end) => new() { Text = text[start..end], Start = start, End = end, Kind = QuoteKind.Direct, Confidence = 0.9, Evidence = "test" };
        var report = QuoteScorer.Score("t", [(article, [At(9, 12), At(21, 26), At(33, 37)])]);
        Assert.Equal(new MarkStyleCount(Matched: 1, FalsePositives: 1), report.MixedMarks);
        Assert.Equal(2, report.FalsePositives.Count); // the diagnostic changes no measure
        using var writer = new StringWriter();
        EvaluationText.Write(writer, report);
        Assert.Contains("2 predicted quotes open with a straight mark and close with a curly one or the reverse: 1 matched gold, 1 false positives", writer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Go.\u201D", true)]
    [InlineData("\u201CGo.\"", true)]
    [InlineData("\u201CGo.\u201D", false)]
    [InlineData("\"Go.\"", false)]
    [InlineData("\u00ABGo.\"", false)]
    [InlineData("Go.", false)]
    public void HasMixedMarks_ReadsTheMarksAroundTheContent(string quoted, bool mixed)
    {
        var text = "x " + quoted + " y";
        var start = quoted.StartsWith('G') ? 2 : 3;
        Assert.Equal(mixed, QuoteScorer.HasMixedMarks(text, start, start + 3));
    }
}

using QuoteCheck.Cli.Training;
using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Integration.Tests.Extraction;

/// <summary>'quotecheck train' reproduces the committed quote model from the shared training data, tree for tree.</summary>
public class TrainingTests
{
    [Fact]
    public void Training_ReproducesTheCommittedModel()
    {
        var root = FindRoot();
        var data = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "polnear-train.jsonl"));
        if (!File.Exists(data))
            Assert.Skip($"Training data not found at {data} (../shared/eval/polnear-train.jsonl beside the repository); the committed model cannot be reproduced here.");
        var committed = QuoteModelJson.Parse(File.ReadAllText(Path.Combine(root, "functions", "QuoteCheck.Core", "Extraction", "Learning", "quote-model.json")));
        var articles = EvaluationJson.LoadLabelled(data);
        var trained = QuoteModelTrainer.Train(articles, new QuoteModelTrainer.Settings(), committed.TrainedOn, _ => { });
        Assert.Equal(QuoteModelJson.Write(WithoutFigures(committed)), QuoteModelJson.Write(WithoutFigures(trained)));
    }

    [Fact]
    public void Extractor_RunsOnTheModelItEmbeds_NeedingNoTrainingData()
    {
        var model = QuoteModelJson.Embedded;
        Assert.NotNull(model);
        Assert.Equal(QuoteModelJson.FeatureNames, model.Features);
        Assert.NotEmpty(new QuoteExtractor().Extract("\u201CWe will win,\u201D Ann Roe said.", TestContext.Current.CancellationToken));
    }

    private static QuoteModel WithoutFigures(QuoteModel model) => new()
    {
        Features = model.Features, MentionFeatures = model.MentionFeatures, TrainedOn = model.TrainedOn, Seed = model.Seed,
        ReportThreshold = model.ReportThreshold, MinimumConfidence = model.MinimumConfidence, Span = model.Span, EndToEnd = model.EndToEnd, Mention = model.Mention,
    };

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteCheck.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("QuoteCheck.sln not found above " + AppContext.BaseDirectory);
    }
}

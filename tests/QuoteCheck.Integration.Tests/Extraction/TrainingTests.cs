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

    [Fact]
    public async Task CrossValidation_ScoresEveryFoldOnTreesTrainedOnTheOthers_AndWritesNoModel()
    {
        var root = FindRoot();
        var data = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "polnear-dev.jsonl"));
        if (!File.Exists(data))
            Assert.Skip($"Labelled data not found at {data} (../shared/eval/ beside the repository); nothing to cross-validate.");
        var modelFile = Path.Combine(root, "functions", "QuoteCheck.Core", "Extraction", "Learning", "quote-model.json");
        var before = await File.ReadAllTextAsync(modelFile, TestContext.Current.CancellationToken);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await QuoteCheck.Cli.CliInvocation.InvokeAsync(QuoteCheck.Cli.CliInvocation.CreateRoot(), ["train", "--folds", "2", "--train", data], output, error);

        Assert.True(exit == 0, error.ToString());
        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var folds = rows.Where(r => r.StartsWith("0 ", StringComparison.Ordinal) || r.StartsWith("1 ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, folds.Length);
        var pooled = Assert.Single(rows, r => r.StartsWith("pooled", StringComparison.Ordinal));
        int Gold(string row) => int.Parse(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(EvaluationJson.LoadLabelled(data).Sum(a => a.Quotes.Count), Gold(pooled));
        Assert.Equal(Gold(pooled), folds.Sum(Gold));
        Assert.Equal(before, await File.ReadAllTextAsync(modelFile, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("100000")]
    public async Task CrossValidation_WithAnImpossibleFoldCount_IsAUsageError(string count)
    {
        var data = Path.GetFullPath(Path.Combine(FindRoot(), "..", "shared", "eval", "polnear-dev.jsonl"));
        if (!File.Exists(data))
            Assert.Skip($"Labelled data not found at {data}; the fold count is checked against the articles read.");
        var error = new StringWriter();

        var exit = await QuoteCheck.Cli.CliInvocation.InvokeAsync(QuoteCheck.Cli.CliInvocation.CreateRoot(), ["train", "--folds", count, "--train", data], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("--folds must be between 2", error.ToString(), StringComparison.Ordinal);
    }

    private static QuoteModel WithoutFigures(QuoteModel model) => model with { Measured = new Dictionary<string, double>() };

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

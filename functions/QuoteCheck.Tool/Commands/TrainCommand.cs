using System.CommandLine;
using System.Globalization;
using QuoteCheck.Cli.Errors;
using QuoteCheck.Cli.Training;
using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Cli.Commands;

/// <summary>
/// <c>quotecheck train</c>: reproduce the committed quote classifier from the shared labelled data with a fixed seed,
/// judge it on files it was not fitted to, and write the model file the extractor embeds.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var root = RepositoryRoot.Find() ?? Directory.GetCurrentDirectory();
        var eval = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval"));
        var train = new Option<string>("--train") { Description = "Labelled JSONL to fit on.", DefaultValueFactory = _ => Path.Combine(eval, "polnear-train.jsonl") };
        var validate = new Option<string[]>("--validate")
        {
            Description = "Labelled JSONL files to judge the model on (never fitted to).",
            DefaultValueFactory = _ => [Path.Combine(eval, "polnear-dev.jsonl"), Path.Combine(eval, "ggt-dev.jsonl")],
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => Path.Combine(root, "functions", "QuoteCheck.Core", "Extraction", "Learning", "quote-model.json") };
        var seed = new Option<int>("--seed") { Description = "Random seed (the committed model uses the default).", DefaultValueFactory = _ => new QuoteModelTrainer.Settings().Seed };
        var dump = new Option<string?>("--examples") { Description = "Also write every file's examples (labels, features, quote) as tab-separated values to this folder, to study them." };
        var threshold = new Option<double>("--threshold") { Description = "Report a span when its probability of being a quote reaches this.", DefaultValueFactory = _ => new QuoteModelTrainer.Settings().ReportThreshold };
        var minimum = new Option<double>("--minimum-confidence") { Description = "Never report a span whose probability of a right attribution is below this.", DefaultValueFactory = _ => new QuoteModelTrainer.Settings().MinimumConfidence };
        var folds = new Option<int>("--folds")
        {
            Description = "Instead of writing a model, cross-validate on the --train file: split it into this many folds (by article id), train on all but one, score that one, and print each fold and the pooled figures.",
        };
        var command = new Command("train", "Train the quote classifier on labelled articles and write the model file the extractor embeds.") { train, validate, output, seed, dump, threshold, minimum, folds };
        command.SetAction(parse =>
        {
            var console = parse.InvocationConfiguration.Output;
            var trainPath = parse.GetValue(train)!;
            var k = parse.GetValue(folds);
            var validatePaths = k == 0 ? parse.GetValue(validate) ?? [] : []; // cross-validation scores folds of --train only
            foreach (var input in validatePaths.Prepend(trainPath))
            {
                if (!File.Exists(input))
                {
                    parse.InvocationConfiguration.Error.WriteLine($"quotecheck train: {input}: no such file (the labelled data lives in ../shared/eval/ beside the repository).");
                    return ExitCodes.Input;
                }
            }

            var settings = new QuoteModelTrainer.Settings(Seed: parse.GetValue(seed), ReportThreshold: parse.GetValue(threshold), MinimumConfidence: parse.GetValue(minimum));
            var articles = EvaluationJson.LoadLabelled(trainPath);
            if (k != 0)
            {
                if (k < 2 || k > articles.Count)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"quotecheck train: --folds must be between 2 and the number of articles ({articles.Count}).");
                    return ExitCodes.Usage;
                }

                CrossValidate(console, articles, k, settings);
                return 0;
            }

            var model = QuoteModelTrainer.Train(articles, settings,
                $"{Path.GetFileName(trainPath)} ({articles.Count} articles); FastTree, {settings.Trees} trees of {settings.Leaves} leaves (the mention ranker's LambdaMART order and binary probability {settings.RankerLeaves} leaves), learning rate {settings.LearningRate}, seed {settings.Seed}",
                console.WriteLine);
            if (parse.GetValue(dump) is { } folder)
                WriteExamples(folder, validatePaths.Prepend(trainPath));
            var files = validatePaths.Prepend(trainPath).Select(p => (p, EvaluationJson.LoadLabelled(p))).ToList();
            var summary = QuoteScorer.EvaluateFiles(new QuoteExtractor(model), files);
            var measured = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var file in summary.Files)
            {
                var name = Path.GetFileNameWithoutExtension(file.File);
                measured[$"{name}.spanF1"] = Math.Round(file.Report.Span.F1, 4);
                measured[$"{name}.endToEndF1"] = Math.Round(file.Report.EndToEnd.F1, 4);
                if (file.Report.References > 0)
                    measured[$"{name}.endToEndCanonicalF1"] = Math.Round(file.Report.EndToEndCanonical.F1, 4);
            }

            model = model with { Measured = measured };
            var path = parse.GetValue(output)!;
            File.WriteAllText(path, QuoteModelJson.Write(model) + "\n");
            EvaluationText.Write(console, summary, examples: 0);
            console.WriteLine($"Wrote {path}. Rebuild for the extractor to embed it.");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// K-fold cross-validation: fold <c>i</c> holds the articles whose id hashes to <c>i</c> (FNV-1a, so the folds do not
    /// depend on the file's order or the runtime); each fold is scored by trees trained on the others with the same
    /// settings. The pooled figures count every fold's quotes together.
    /// </summary>
    private static void CrossValidate(TextWriter console, IReadOnlyList<GoldArticle> articles, int k, QuoteModelTrainer.Settings settings)
    {
        var fold = articles.Select(a => (int)(Fnv1a(a.Id) % (uint)k)).ToArray();
        PrecisionRecall? span = null, endToEnd = null;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k}-fold cross-validation, {articles.Count} articles, seed {settings.Seed}"));
        console.WriteLine("fold  articles   gold  span P/R/F1          end-to-end P/R/F1");
        for (var i = 0; i < k; i++)
        {
            var held = articles.Where((_, a) => fold[a] == i).ToList();
            var rest = articles.Where((_, a) => fold[a] != i).ToList();
            var model = QuoteModelTrainer.Train(rest, settings, $"fold {i} of {k}", _ => { });
            var report = QuoteScorer.Evaluate(new QuoteExtractor(model), held);
            span = Add(span, report.Span);
            endToEnd = Add(endToEnd, report.EndToEnd);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i,4}  {held.Count,8}  {report.Span.Gold,5}  {report.Span.Precision:F3} {report.Span.Recall:F3} {report.Span.F1:F3}    {report.EndToEnd.Precision:F3} {report.EndToEnd.Recall:F3} {report.EndToEnd.F1:F3}"));
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pooled  {articles.Count,6}  {span!.Gold,5}  {span.Precision:F3} {span.Recall:F3} {span.F1:F3}    {endToEnd!.Precision:F3} {endToEnd.Recall:F3} {endToEnd.F1:F3}"));

        static PrecisionRecall Add(PrecisionRecall? a, PrecisionRecall b) => a is null ? b
            : new PrecisionRecall(a.CorrectPredicted + b.CorrectPredicted, a.Predicted + b.Predicted, a.FoundGold + b.FoundGold, a.Gold + b.Gold);
    }

    private static uint Fnv1a(string s)
    {
        var hash = 2166136261u;
        foreach (var c in s)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }

    private static void WriteExamples(string folder, IEnumerable<string> paths)
    {
        Directory.CreateDirectory(folder);
        foreach (var path in paths)
        {
            var articles = EvaluationJson.LoadLabelled(path);
            using var writer = new StreamWriter(Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + ".tsv"));
            writer.WriteLine("span\tendToEnd\t" + string.Join('\t', QuoteModelJson.FeatureNames) + "\tarticle\tstart\tquote");
            foreach (var article in articles)
            {
                var examples = QuoteModelTrainer.QuoteExamples([article], ranker: null);
                var candidates = new QuoteExtractor(model: null).Candidates(article.Text);
                for (var i = 0; i < examples.Count; i++)
                {
                    var (features, span, endToEnd) = examples[i];
                    var quote = article.Text[candidates[i].Start..candidates[i].End].ReplaceLineEndings(" ").Replace('\t', ' ');
                    writer.WriteLine(string.Join('\t', [span ? "1" : "0", endToEnd ? "1" : "0", .. features.Select(f => f.ToString(CultureInfo.InvariantCulture)), article.Id, candidates[i].Start.ToString(CultureInfo.InvariantCulture), quote]));
                }
            }
        }
    }
}

using System.CommandLine;
using QuoteCheck.Cli.Errors;
using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Cli.Commands;

/// <summary><c>quotecheck eval FILE... [--json]</c>: score the extractor on labelled files as ../shared/eval/README.md defines, per file and pooled.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("labelled")
        {
            Description = "Labelled JSONL files (one article per line: text and gold quotes with speaker spans, and optionally references).",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with each file's figures, the pooled figures and the examples." };
        var examples = new Option<int>("--examples") { Description = "How many misses, false positives and wrong speakers to print.", DefaultValueFactory = _ => 15 };
        var command = new Command("eval", "Score the extractor on labelled articles: quote spans, attribution, end to end, canonical speakers.") { paths, json, examples };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var files = new List<(string, IReadOnlyList<GoldArticle>)>();
            foreach (var path in parse.GetValue(paths)!)
            {
                if (!File.Exists(path))
                {
                    throw new CliException(ExitCodes.Input, $"No labelled file '{path}'.");
                }

                files.Add((path, EvaluationJson.LoadLabelled(path)));
            }

            var summary = QuoteScorer.EvaluateFiles(new QuoteExtractor(), files);
            if (parse.GetValue(json))
                output.WriteLine(EvaluationJson.Summary(summary));
            else
                EvaluationText.Write(output, summary, parse.GetValue(examples));
            return 0;
        });
        return command;
    }
}

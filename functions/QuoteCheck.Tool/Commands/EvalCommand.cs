using System.CommandLine;
using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Cli.Commands;

/// <summary><c>quotecheck eval &lt;labelled.jsonl&gt; [--json]</c>: score the extractor as ../shared/eval/README.md defines.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("labelled") { Description = "Labelled JSONL (one article per line: text and gold quotes with speaker spans)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the figures and the examples." };
        var examples = new Option<int>("--examples") { Description = "How many misses, false positives and wrong speakers to print.", DefaultValueFactory = _ => 15 };
        var command = new Command("eval", "Score the extractor on labelled articles: quote spans, attribution, end to end.") { path, json, examples };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var report = QuoteScorer.Evaluate(new QuoteExtractor(), EvaluationJson.LoadLabelled(parse.GetValue(path)!));
            if (parse.GetValue(json))
                output.WriteLine(EvaluationJson.Report(report));
            else
                EvaluationText.Write(output, report, parse.GetValue(examples));
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Cli.Commands;

/// <summary><c>quotecheck extract &lt;file&gt;... [--json]</c>: extract quotes offline, as a table or as JSON Lines (one object per file).</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("files") { Description = "Article text files (UTF-8) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "JSON Lines: {\"file\", \"quotes\": [...]} per file, offsets in UTF-16 code units." };
        var command = new Command("extract", "Print the quotes and speakers the extractor finds, without any storage.") { paths, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var extractor = new QuoteExtractor();
            foreach (var file in ArticleFiles.Expand(parse.GetValue(paths) ?? []))
            {
                var quotes = extractor.Extract(File.ReadAllText(file));
                if (parse.GetValue(json))
                    output.WriteLine(EvaluationJson.ExtractionLine(file, quotes));
                else
                    QuoteTable.Write(output, file, quotes);
            }

            return 0;
        });
        return command;
    }
}

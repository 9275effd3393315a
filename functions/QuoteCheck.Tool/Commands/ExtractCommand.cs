using System.CommandLine;
using QuoteCheck.Cli.Errors;
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
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var extractor = new QuoteExtractor();
            var unreadable = 0;
            foreach (var file in ArticleFiles.Expand(parse.GetValue(paths) ?? []))
            {
                // Read as the queue sender reads (strict UTF-8): a file that is not text is reported, not extracted as "0 quotes".
                string text;
                try
                {
                    text = (await ArticleFiles.ReadAsync(file, cancellationToken)).Body!;
                }
                catch (CliException ex)
                {
                    unreadable++;
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"quotecheck: {ex.Message}");
                    continue;
                }

                var quotes = extractor.Extract(text, cancellationToken);
                if (parse.GetValue(json))
                    output.WriteLine(EvaluationJson.ExtractionLine(file, quotes));
                else
                    QuoteTable.Write(output, file, quotes);
            }

            return unreadable == 0 ? ExitCodes.Ok : ExitCodes.Input;
        });
        return command;
    }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using QuoteCheck.Cli.Errors;
using QuoteCheck.Functions.Ingestion;

namespace QuoteCheck.Cli.Commands;

/// <summary><c>quotecheck submit &lt;files or folders&gt;</c>: drops articles into the queue and prints their ids.</summary>
internal static class SubmitCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (UTF-8 text) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("submit", "Queue articles for extraction (base64 messages, as host.json expects; large bodies via blob storage).") { paths };
        StorageOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var files = ArticleFiles.Expand(parse.GetValue(paths)!);
            await using var services = StorageOptions.BuildServices(parse);
            var (queued, failed) = await ArticleFiles.SubmitAsync(services.GetRequiredService<ArticleQueueSender>(), files, output, cancellationToken);
            output.WriteLine($"{queued.Count} queued, {failed} failed.");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Input;
        });
        return command;
    }
}

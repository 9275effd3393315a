using System.CommandLine;
using QuoteCheck.Cli.Commands;
using QuoteCheck.Cli.Errors;

namespace QuoteCheck.Cli;

/// <summary>Runs a parsed command line: usage errors exit 2, failures are one line on stderr with their exit code.</summary>
internal static class CliInvocation
{
    /// <summary><c>--verbose</c>, on every command: print the stack trace of an error as well.</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "On an error, print its stack trace too.",
        Recursive = true,
    };

    /// <summary>quotecheck's commands.</summary>
    public static RootCommand CreateRoot() => new("QuoteCheck: quote attribution and fact-check workflow for news desks.")
    {
        UpCommand.Create(),
        SubmitCommand.Create(),
        PoisonCommand.Create(),
        LoadCommand.Create(),
        LatencyCommand.Create(),
        ExtractCommand.Create(),
        EvalCommand.Create(),
        LinksCommand.Create(),
        TrainCommand.Create(),
        Verbose,
    };

    /// <summary>Parses and invokes; the returned value is the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var configuration = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        var parse = root.Parse(args);
        try
        {
            var code = await parse.InvokeAsync(configuration).ConfigureAwait(false);
            return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
        }
        catch (Exception ex)
        {
            return ErrorReport.Write(ex, parse.GetValue(Verbose), configuration.Error);
        }
    }
}

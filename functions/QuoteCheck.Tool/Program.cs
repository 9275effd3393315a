using System.CommandLine;
using QuoteCheck.Cli.Commands;

var root = new RootCommand("QuoteCheck: quote attribution and fact-check workflow for news desks.")
{
    UpCommand.Create(),
    SubmitCommand.Create(),
    PoisonCommand.Create(),
    LoadCommand.Create(),
    ExtractCommand.Create(),
    EvalCommand.Create(),
};
return await root.Parse(args).InvokeAsync();

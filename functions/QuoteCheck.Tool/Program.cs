using QuoteCheck.Cli;

return await CliInvocation.InvokeAsync(CliInvocation.CreateRoot(), args);

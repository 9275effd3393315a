using QuoteCheck.LocalHost;
using QuoteCheck.LocalHost.Azurite;

// The local host: `dotnet run --project functions/QuoteCheck.LocalHost`. With the default connection
// (UseDevelopmentStorage=true) it starts Azurite when none is running, keeping data in .azurite/.
var app = LocalHostApp.Create(args);
await using var azurite = LocalHostApp.UsesDevelopmentStorage(app.Configuration)
    ? await AzuriteServer.EnsureRunningAsync(Path.Combine(RepositoryRoot.Find() ?? Directory.GetCurrentDirectory(), ".azurite"), Console.WriteLine)
    : null;
await app.RunAsync();

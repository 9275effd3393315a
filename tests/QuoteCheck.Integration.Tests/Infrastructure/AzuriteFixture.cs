using QuoteCheck.LocalHost.Azurite;

[assembly: AssemblyFixture(typeof(QuoteCheck.Integration.Tests.Infrastructure.AzuriteFixture))]

namespace QuoteCheck.Integration.Tests.Infrastructure;

/// <summary>One Azurite for the whole test run: reused when one is already running, else started in memory and stopped at the end.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public async ValueTask InitializeAsync() =>
        _server = await AzuriteServer.EnsureRunningAsync(dataFolder: null, log: Console.WriteLine, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

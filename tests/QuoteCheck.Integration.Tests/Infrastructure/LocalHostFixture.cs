using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.WebJobs.Host.Executors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuoteCheck.Functions.Storage;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Integration.Tests.Infrastructure;

/// <summary>
/// The local host as users run it (real composition, queue listener, HTTP routes) on a free loopback port,
/// against Azurite, with its own tables and queue.
/// </summary>
public class LocalHostFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string TablePrefix { get; } = TestNames.TablePrefix();

    public string Queue { get; } = TestNames.Queue();

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public StorageLayout Layout => Services.GetRequiredService<StorageLayout>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public virtual async ValueTask InitializeAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _app = LocalHostApp.Create(
            ["--urls", BaseAddress.ToString().TrimEnd('/')],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["QuoteCheck:TablePrefix"] = TablePrefix,
                    ["QuoteCheck:ArticlesQueue"] = Queue,
                    ["QuoteCheck:IndexRepairQueue"] = TestNames.Queue(),
                    ["QuoteCheck:LinkQueue"] = TestNames.Queue(),
                    ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:01",
                    ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.500",
                    ["Logging:LogLevel:Default"] = "Warning",
                    ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning", // the local host's own default is Information
                });
                Configure(builder);
            });
        await _app.StartAsync(TestContext.Current.CancellationToken);
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);

            // Stopping ends the queue listeners but not an invocation already running (a linker run, say): it still
            // logs its completion through the host's logger factory, and disposing that first makes the WebJobs
            // host's own thread throw, which ends the test process. So the invocations finish first.
            if (_app.Services.GetService<IFunctionActivityStatusProvider>() is { } activity)
            {
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
                while (activity.GetStatus().OutstandingInvocations > 0 && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(50, CancellationToken.None);
                }
            }

            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Lets a derived fixture change configuration or services.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

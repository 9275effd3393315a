using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace QuoteCheck.Cli.Load;

/// <summary>The local host in its own process, so a load run can kill it mid-flight like a crash would.</summary>
internal sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly string[] _settings;
    private Process? _process;

    public LocalHostProcess(IReadOnlyDictionary<string, string> settings)
    {
        Url = $"http://127.0.0.1:{FreePort()}";
        _settings = [.. settings.Select(kv => $"--{kv.Key}={kv.Value}"), "--urls", Url, "--Logging:LogLevel:Default=Warning"];
    }

    public string Url { get; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "QuoteCheck.LocalHost.dll"));
        foreach (var argument in _settings)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the local host.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync($"{Url}/api/articles?pageSize=1", cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
            }

            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The local host did not come up on {Url}.");
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Kills the process tree without warning: in-flight messages are abandoned mid-processing.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync().ConfigureAwait(false);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

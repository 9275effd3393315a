using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace QuoteCheck.LocalHost.Azurite;

/// <summary>
/// Makes sure Azurite (the local storage emulator, pinned in the repository's package.json) is listening on
/// loopback: reuses one that already runs, or installs it with npm and starts it, and stops what it started.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>The emulator's default ports (blob, queue, table), which <c>UseDevelopmentStorage=true</c> expects.</summary>
    public static readonly IReadOnlyList<int> Ports = [10000, 10001, 10002];

    private readonly Process? _process;

    private AzuriteServer(Process? process) => _process = process;

    /// <summary>True when this instance started Azurite (and so will stop it).</summary>
    public bool Started => _process is not null;

    /// <summary>The storage connection string for this emulator.</summary>
    public static string ConnectionString => "UseDevelopmentStorage=true";

    /// <summary>
    /// Returns once Azurite answers on all three ports. <paramref name="dataFolder"/> keeps data between
    /// runs; null keeps it in memory (tests).
    /// </summary>
    public static async Task<AzuriteServer> EnsureRunningAsync(string? dataFolder, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var listening = await CountListeningAsync(cancellationToken).ConfigureAwait(false);
        if (listening == Ports.Count)
        {
            log?.Invoke("Azurite is already running on 127.0.0.1:10000-10002; using it.");
            return new AzuriteServer(null);
        }

        if (listening > 0)
        {
            throw new InvalidOperationException(
                "Some of the storage emulator ports 10000-10002 are in use, but not all: stop whatever holds them, or start Azurite yourself (npm run azurite).");
        }

        var root = RepositoryRoot.Find()
            ?? throw new InvalidOperationException("Azurite is not running, and the QuoteCheck repository (its package.json) was not found above the current folder to start it from. Start Azurite yourself: npm run azurite.");
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            log?.Invoke("Installing Azurite from package.json (npm ci), once for this clone...");
            var installing = Stopwatch.StartNew();
            await RunNpmCiAsync(root, cancellationToken).ConfigureAwait(false);
            log?.Invoke($"Installed Azurite in {installing.Elapsed.TotalSeconds:0.0} s.");
        }

        var arguments = new List<string>
        {
            script,
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--skipApiVersionCheck", "--disableTelemetry", "--silent",
        };
        if (dataFolder is null)
        {
            arguments.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            arguments.AddRange(["--location", dataFolder]);
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var starting = Stopwatch.StartNew();
        var process = StartOrExplain(start, "node");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new AzuriteServer(process);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await CountListeningAsync(cancellationToken).ConfigureAwait(false) < Ports.Count)
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"Azurite did not start listening on 127.0.0.1:10000-10002. Its output:{Environment.NewLine}{output}");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        log?.Invoke($"Started Azurite (pid {process.Id}) on 127.0.0.1:10000-10002 in {starting.Elapsed.TotalSeconds:0.0} s{(dataFolder is null ? ", in memory" : $", data in {dataFolder}")}.");
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // It already exited.
        }

        _process.Dispose();
    }

    private static async Task<int> CountListeningAsync(CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(Ports.Select(port => IsListeningAsync(port, cancellationToken))).ConfigureAwait(false);
        return results.Count(listening => listening);
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync("127.0.0.1", port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task RunNpmCiAsync(string root, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("npm") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { File.Exists(Path.Combine(root, "package-lock.json")) ? "ci" : "install", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = StartOrExplain(start, "npm");
        var stdout = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = npm.StandardError.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed (exit {npm.ExitCode}) installing Azurite:{Environment.NewLine}{await stdout.ConfigureAwait(false)}{await stderr.ConfigureAwait(false)}");
        }
    }

    private static Process StartOrExplain(ProcessStartInfo start, string tool)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Azurite needs Node.js 20+ and npm on the PATH ('{tool}' could not be started: {ex.Message}). Install Node.js, or start a storage emulator yourself on 127.0.0.1:10000-10002.", ex);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}

using System.CommandLine;
using QuoteCheck.LocalHost;
using QuoteCheck.LocalHost.Azurite;

namespace QuoteCheck.Cli.Commands;

/// <summary>
/// The storage a benchmark (<c>load</c>, <c>latency</c>) runs against: <c>--connection</c>, else the
/// <c>AzureWebJobsStorage</c> environment variable, else Azurite on its default ports (started when none runs).
/// Benchmarks stay on loopback: a connection whose endpoints are not on this machine is refused.
/// </summary>
internal static class LoopbackStorage
{
    /// <summary>The connection string to use, with the emulator started when it is the default one and not running.</summary>
    public static async Task<(string Connection, IAsyncDisposable? Azurite)> ResolveAsync(ParseResult parse, Action<string> log, CancellationToken cancellationToken)
    {
        var connection = parse.GetValue(StorageOptions.Connection)
            ?? Environment.GetEnvironmentVariable(Functions.Storage.StorageConnection.Name)
            ?? AzuriteServer.ConnectionString;
        if (connection.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            return (AzuriteServer.ConnectionString, await AzuriteServer.EnsureRunningAsync(dataFolder: null, log, cancellationToken).ConfigureAwait(false));
        }

        var endpoints = connection.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(kv => kv.Length == 2 && kv[0].EndsWith("Endpoint", StringComparison.OrdinalIgnoreCase))
            .Select(kv => Uri.TryCreate(kv[1], UriKind.Absolute, out var uri) ? uri : null)
            .ToList();
        if (endpoints.Count < 3 || endpoints.Any(uri => uri is null || !uri.IsLoopback))
        {
            throw new InvalidOperationException("Benchmarks run on loopback only: give --connection (or AzureWebJobsStorage) as UseDevelopmentStorage=true or a connection string whose BlobEndpoint, QueueEndpoint and TableEndpoint are all on 127.0.0.1 (an Azurite on other ports).");
        }

        log($"Storage: {string.Join(", ", endpoints.Select(uri => uri!.GetLeftPart(UriPartial.Authority)))} (given; not started or stopped here).");
        return (connection, null);
    }
}

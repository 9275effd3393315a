using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Counts storage requests by kind (table transaction, query, point read, single write; queue; blob), for the
/// load run's "storage calls per article". Added to the clients' pipelines per retry, so retries count too.
/// </summary>
public sealed class StorageCallCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Every kind seen so far and how often.</summary>
    public IReadOnlyDictionary<string, long> Counts => _counts;

    /// <summary>All requests counted.</summary>
    public long Total => _counts.Values.Sum();

    /// <summary>Starts counting from zero.</summary>
    public void Reset() => _counts.Clear();

    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message, null);
        ProcessNext(message, pipeline);
    }

    /// <inheritdoc />
    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message, null);
        return ProcessNextAsync(message, pipeline);
    }

    /// <summary>The same counter for the clients of one service (<c>queue</c>, <c>table</c>, <c>blob</c>), whatever its URL.</summary>
    public HttpPipelinePolicy For(string service) => new ServiceCounter(this, service);

    private void Count(HttpMessage message, string? service)
    {
        ArgumentNullException.ThrowIfNull(message);
        _counts.AddOrUpdate(Kind(message.Request, service), 1, (_, n) => n + 1);
    }

    private static string Kind(Request request, string? knownService)
    {
        var uri = request.Uri.ToUri();
        var path = uri.AbsolutePath;
        var method = request.Method.Method;
        var port = uri.Port;
        var host = uri.Host;
        var service = knownService
            ?? (host.Contains(".queue.", StringComparison.Ordinal) || port == 10001 ? "queue"
            : host.Contains(".blob.", StringComparison.Ordinal) || port == 10000 ? "blob"
            : "table");
        if (service != "table")
        {
            return $"{service} {method}";
        }

        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return "table transaction";
        }

        if (method == "GET")
        {
            return path.Contains("(PartitionKey=", StringComparison.Ordinal) ? "table point read" : "table query";
        }

        return $"table {method}";
    }

    private sealed class ServiceCounter(StorageCallCounter counter, string service) : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            counter.Count(message, service);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            counter.Count(message, service);
            return ProcessNextAsync(message, pipeline);
        }
    }
}

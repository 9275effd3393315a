using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QuoteCheck.Functions.Storage;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Storage;

/// <summary>
/// Fails storage requests the way a crashed process leaves them unsent: while armed, every request to the
/// review-queue index throws before it reaches Azurite (not a status the SDK would retry).
/// </summary>
public sealed class IndexCrash : RequestObserver
{
    private volatile bool _armed;

    /// <summary>Every request body of a table transaction, as sent (so tests can hold them to Azure's 4 MiB).</summary>
    public List<long> TransactionBodies { get; } = [];

    public string IndexTable { get; set; } = "QuotesByState";

    public void Arm() => _armed = true;

    public void Disarm() => _armed = false;

    protected override void Observe(HttpMessage message)
    {
        var path = message.Request.Uri.Path;
        if (path.EndsWith("/$batch", StringComparison.Ordinal) && message.Request.Content is { } content && content.TryComputeLength(out var length))
        {
            lock (TransactionBodies)
            {
                TransactionBodies.Add(length);
            }
        }

        var body = message.Request.Content is { } c && c.TryComputeLength(out _) ? ReadBody(c) : string.Empty;
        if (_armed && (path.Contains(IndexTable, StringComparison.Ordinal) || body.Contains(IndexTable + "(", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("Injected crash: the process died before writing the review-queue index.");
        }
    }

    private static string ReadBody(RequestContent content)
    {
        using var stream = new MemoryStream();
        content.WriteTo(stream, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

/// <summary>The local host with <see cref="IndexCrash"/> on its storage clients, a one-second repair delay and a short ingestion budget.</summary>
public sealed class FaultyStorageFixture : LocalHostFixture
{
    public IndexCrash Crash { get; } = new();

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["QuoteCheck:IndexRepairQueue"] = "r-" + Queue,
            ["QuoteCheck:IndexRepairDelay"] = "00:00:01",
            ["QuoteCheck:IngestionTimeout"] = "00:00:20",
        });
        Crash.IndexTable = TablePrefix + "QuotesByState";
        builder.Services.Replace(ServiceDescriptor.Singleton(sp => StorageConnection.FromConfiguration(sp.GetRequiredService<IConfiguration>(), pipelinePolicy: Crash)));
    }
}

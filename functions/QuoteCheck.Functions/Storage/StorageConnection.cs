using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// The Azure SDK clients for QuoteCheck's storage account, built from the one connection the Functions
/// host also uses (<c>AzureWebJobsStorage</c>), in either of its two shapes.
/// </summary>
/// <remarks>
/// Locally: a connection string, e.g. <c>UseDevelopmentStorage=true</c> for Azurite.
/// In Azure: identity-based settings, no keys: <c>AzureWebJobsStorage__queueServiceUri</c>,
/// <c>__tableServiceUri</c>, <c>__blobServiceUri</c> (or <c>__accountName</c>), with
/// <c>__credential=managedidentity</c> and <c>__clientId</c> for a user-assigned identity.
/// </remarks>
public sealed class StorageConnection
{
    /// <summary>The configuration name of the connection.</summary>
    public const string Name = "AzureWebJobsStorage";

    /// <summary>
    /// The message encoding every sender uses. It must equal <c>extensions.queues.messageEncoding</c> in
    /// host.json, or the trigger cannot decode what is sent (a test holds the two together).
    /// </summary>
    public const QueueMessageEncoding MessageEncoding = QueueMessageEncoding.Base64;

    private StorageConnection(QueueServiceClient queues, QueueServiceClient rawQueues, TableServiceClient tables, BlobServiceClient blobs, string description)
    {
        Queues = queues;
        RawQueues = rawQueues;
        Tables = tables;
        Blobs = blobs;
        Description = description;
    }

    /// <summary>Queue service, base64 message encoding as host.json sets.</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>Queue service that moves message text as it is (no encoding): for relaying messages, as poison replay does.</summary>
    public QueueServiceClient RawQueues { get; }

    /// <summary>Table service.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>Blob service.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>Where the connection points, without secrets, for logs and errors.</summary>
    public string Description { get; }

    /// <summary>Builds the clients from configuration, or explains which settings are missing.</summary>
    /// <param name="configuration">Where the connection is read from.</param>
    /// <param name="name">The connection's name.</param>
    /// <param name="pipelinePolicy">A policy added to every client's pipeline (the load run counts storage calls with one; tests inject faults).</param>
    public static StorageConnection FromConfiguration(IConfiguration configuration, string name = Name, HttpPipelinePolicy? pipelinePolicy = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(name);
        var queueOptions = new QueueClientOptions { MessageEncoding = MessageEncoding };
        var rawOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        var tableOptions = new TableClientOptions();
        var blobOptions = new BlobClientOptions();
        if (pipelinePolicy is not null)
        {
            // A call counter is told which service each client talks to (an emulator on other ports cannot be told apart by URL).
            foreach (var (options, service) in new (ClientOptions, string)[] { (queueOptions, "queue"), (rawOptions, "queue"), (tableOptions, "table"), (blobOptions, "blob") })
            {
                options.AddPolicy(pipelinePolicy is StorageCallCounter counter ? counter.For(service) : pipelinePolicy, HttpPipelinePosition.PerRetry);
            }
        }

        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            var connectionString = section.Value;
            return new StorageConnection(
                new QueueServiceClient(connectionString, queueOptions),
                new QueueServiceClient(connectionString, rawOptions),
                new TableServiceClient(connectionString, tableOptions),
                new BlobServiceClient(connectionString, blobOptions),
                DescribeConnectionString(connectionString));
        }

        var accountName = section["accountName"];
        var queueUri = ServiceUri(section, "queueServiceUri", accountName, "queue");
        var tableUri = ServiceUri(section, "tableServiceUri", accountName, "table");
        var blobUri = ServiceUri(section, "blobServiceUri", accountName, "blob");
        if (queueUri is null || tableUri is null || blobUri is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured. Set '{name}' to a connection string (UseDevelopmentStorage=true for Azurite), " +
                $"or set '{name}__queueServiceUri', '{name}__tableServiceUri' and '{name}__blobServiceUri' (or '{name}__accountName') " +
                $"with '{name}__credential=managedidentity' for identity-based access.");
        }

        var credential = CreateCredential(section);
        return new StorageConnection(
            new QueueServiceClient(queueUri, credential, queueOptions),
            new QueueServiceClient(queueUri, credential, rawOptions),
            new TableServiceClient(tableUri, credential, tableOptions),
            new BlobServiceClient(blobUri, credential, blobOptions),
            $"{tableUri.Host} (identity-based)");
    }

    private static Uri? ServiceUri(IConfigurationSection section, string key, string? accountName, string service)
    {
        var value = section[key];
        if (!string.IsNullOrWhiteSpace(value))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"'{section.Path}__{key}' must be an absolute URI, not '{value}'.");
        }

        return string.IsNullOrWhiteSpace(accountName) ? null : new Uri($"https://{accountName}.{service}.core.windows.net");
    }

    private static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static string DescribeConnectionString(string connectionString)
    {
        if (connectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            return "local storage emulator (UseDevelopmentStorage=true)";
        }

        var account = connectionString.Split(';')
            .Select(part => part.Split('=', 2))
            .FirstOrDefault(kv => kv.Length == 2 && kv[0].Trim().Equals("AccountName", StringComparison.OrdinalIgnoreCase))?[1];
        return account is null ? "storage account from connection string" : $"storage account '{account}'";
    }
}

using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Integration.Tests.Configuration;

/// <summary>The storage connection in both of its shapes, and the agreement between senders and host.json.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void ConnectionString_ForAzurite_BuildsClientsForTheEmulator()
    {
        var connection = StorageConnection.FromConfiguration(Config(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }));

        Assert.Equal(10001, connection.Queues.Uri.Port);
        Assert.Equal(10002, connection.Tables.Uri.Port);
        Assert.Equal(10000, connection.Blobs.Uri.Port);
    }

    [Fact]
    public void IdentityBasedSettings_BuildClientsForTheNamedServices_WithoutKeys()
    {
        var connection = StorageConnection.FromConfiguration(Config(new()
        {
            ["AzureWebJobsStorage:queueServiceUri"] = "https://qcstore.queue.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://qcstore.table.core.windows.net",
            ["AzureWebJobsStorage:blobServiceUri"] = "https://qcstore.blob.core.windows.net",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }));

        Assert.Equal("https://qcstore.queue.core.windows.net/", connection.Queues.Uri.ToString());
        Assert.Equal("https://qcstore.table.core.windows.net/", connection.Tables.Uri.ToString());
        Assert.Equal("https://qcstore.blob.core.windows.net/", connection.Blobs.Uri.ToString());
        Assert.Equal("qcstore", connection.Queues.AccountName);
        Assert.Contains("identity-based", connection.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountName_Alone_ImpliesThePublicCloudEndpoints()
    {
        var connection = StorageConnection.FromConfiguration(Config(new() { ["AzureWebJobsStorage:accountName"] = "qcstore" }));

        Assert.Equal("https://qcstore.table.core.windows.net/", connection.Tables.Uri.ToString());
    }

    [Fact]
    public void MissingStorageSettings_FailWithAMessageNamingThem()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(Config([])));

        Assert.Contains("AzureWebJobsStorage__queueServiceUri", error.Message, StringComparison.Ordinal);
        Assert.Contains("UseDevelopmentStorage=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Senders_EncodeMessagesAsHostJsonTellsTheTriggerToDecodeThem()
    {
        var hostJson = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "host.json")).Build();
        Assert.Equal("base64", hostJson["extensions:queues:messageEncoding"], ignoreCase: true);
        var queue = TestNames.Queue();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(Config(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["QuoteCheck:ArticlesQueue"] = queue }))
            .AddLogging()
            .AddQuoteCheck()
            .BuildServiceProvider();
        await services.GetRequiredService<StorageLayout>().ArticlesQueue.CreateIfNotExistsAsync(cancellationToken: TestContext.Current.CancellationToken);

        var queued = await services.GetRequiredService<ArticleQueueSender>().SendAsync(new ArticleSubmission { Body = "\"Hello,\" she said." }, TestContext.Current.CancellationToken);

        var raw = new QueueClient("UseDevelopmentStorage=true", queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var wire = (await raw.PeekMessageAsync(TestContext.Current.CancellationToken)).Value.Body.ToString();
        var json = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(wire));
        Assert.Contains(queued.ArticleId, json, StringComparison.Ordinal);
        await raw.DeleteAsync(TestContext.Current.CancellationToken);
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}

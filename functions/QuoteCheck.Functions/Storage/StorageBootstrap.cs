using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace QuoteCheck.Functions.Storage;

/// <summary>Creates the tables, queues and container at start-up, so a fresh account or Azurite just works.</summary>
internal sealed partial class StorageBootstrap(StorageLayout layout, StorageConnection connection, IOptions<QuoteCheckOptions> options, ILogger<StorageBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await layout.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 403)
        {
            // In Azure the infrastructure creates them, and an identity may read and write data without
            // being allowed to create containers; that is fine, and worth a line in the log.
            CannotCreate(logger, connection.Description, ex.ErrorCode);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException or HttpRequestException)
        {
            throw new InvalidOperationException(
                $"Cannot reach storage at {connection.Description} to create the '{options.Value.ArticlesQueue}' queue and QuoteCheck's tables. " +
                "Locally, start Azurite (npm run azurite) or let the quotecheck tool start it; in Azure, check the AzureWebJobsStorage__* settings and the identity's role assignments.",
                ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Not allowed to create QuoteCheck's tables, queues and container at {Storage} ({ErrorCode}); assuming the infrastructure created them")]
    private static partial void CannotCreate(ILogger logger, string storage, string? errorCode);
}

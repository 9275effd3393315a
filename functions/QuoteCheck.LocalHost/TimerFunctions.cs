using QuoteCheck.Functions.Ingestion;

namespace QuoteCheck.LocalHost;

/// <summary>
/// The Functions app's timer trigger (<see cref="DrainPoison"/>), run on the same five-minute boundaries as its
/// schedule. A hosted timer, because the WebJobs SDK's timer extension does not load beside the storage
/// extensions this host uses; the function class is the same.
/// </summary>
internal sealed partial class TimerFunctions(IServiceProvider services, TimeProvider time, ILogger<TimerFunctions> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % Period.Ticks), TimeSpan.Zero) + Period;
            await Task.Delay(next - now, time, stoppingToken).ConfigureAwait(false);
            try
            {
                await services.GetRequiredService<DrainPoison>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException)
            {
                // As the Functions host does with a failed timer run: logged, and the next run tries again.
                DrainFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "The poison drain failed; it runs again at the next five-minute mark")]
    private static partial void DrainFailed(ILogger logger, Exception exception);
}

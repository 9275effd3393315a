using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>Timer trigger: every five minutes, the poison queue is drained into rejection records, so nothing expires unrecorded.</summary>
public sealed class DrainPoison(PoisonDrain drain)
{
    /// <summary>The schedule (NCRONTAB, seconds first): every five minutes.</summary>
    public const string Schedule = "0 */5 * * * *";

    /// <summary>Runs on the schedule.</summary>
    [Function(nameof(DrainPoison))]
    public Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        drain.DrainAsync(cancellationToken);
}

using Azure;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace QuoteCheck.Functions;

/// <summary>
/// Where Polly earns its place. The Azure SDK already retries transient faults (with backoff), so no
/// second transient retry is stacked on it; what is left is a time budget and optimistic-concurrency retries.
/// </summary>
public sealed class Resilience(IOptions<QuoteCheckOptions> options)
{
    /// <summary>
    /// Bounds one article's processing below the function timeout, so a hung call ends as a clean,
    /// retryable failure (the message is retried and, finally, poisoned) rather than a killed invocation.
    /// </summary>
    public ResiliencePipeline Ingestion { get; } = new ResiliencePipelineBuilder()
        .AddTimeout(options.Value.IngestionTimeout)
        .Build();

    /// <summary>
    /// Retries an internal read-modify-write of the review index when another writer changed the row
    /// first (412). Never used for a reviewer's own stale ETag, which is reported to them instead.
    /// </summary>
    public ResiliencePipeline IndexWrite { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<RequestFailedException>(ex => ex.Status == 412),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(20),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();
}

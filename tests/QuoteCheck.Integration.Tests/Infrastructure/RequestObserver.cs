using Azure.Core;
using Azure.Core.Pipeline;

namespace QuoteCheck.Integration.Tests.Infrastructure;

/// <summary>A storage pipeline policy that sees every request before it is sent (per retry), to record it or fail it.</summary>
public abstract class RequestObserver : HttpPipelinePolicy
{
    public sealed override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Observe(message);
        ProcessNext(message, pipeline);
    }

    public sealed override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Observe(message);
        return ProcessNextAsync(message, pipeline);
    }

    /// <summary>Called with each request before it goes out; throwing here fails the request as if it was never sent.</summary>
    protected abstract void Observe(HttpMessage message);
}

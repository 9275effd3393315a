namespace QuoteCheck.Integration.Tests.Infrastructure;

/// <summary>Polls for an outcome of asynchronous processing (the queue listener), failing with a clear message.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string waitingFor, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {waitingFor}.");
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}

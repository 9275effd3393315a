using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Integration.Tests.Storage;

/// <summary>
/// Shared list reads (no storage: reads are controlled by the test): callers asking the same page at once share a read,
/// and nobody is ever answered with data read before they asked.
/// </summary>
public class ReadCoalescerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task UntilAsync(Func<bool> condition, string waitingFor = "the queued read to start")
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting for {waitingFor}.");
            await Task.Delay(10, Ct);
        }
    }

    [Fact]
    public async Task CallersArrivingDuringARead_ShareTheNextRead_NotTheOneInFlight()
    {
        var coalescer = new ReadCoalescer<int>();
        var reads = new List<TaskCompletionSource<int>>();
        Task<int> Read()
        {
            var read = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (reads)
            {
                reads.Add(read);
            }

            return read.Task;
        }

        var first = coalescer.ReadAsync("page", Read, Ct);
        var late = Enumerable.Range(0, 50).Select(_ => coalescer.ReadAsync("page", Read, Ct)).ToList();
        Assert.Single(reads); // the 50 latecomers did not start reads of their own, nor joined the one in flight

        reads[0].SetResult(1); // the state before the latecomers asked
        Assert.Equal(1, await first);
        await UntilAsync(() => { lock (reads) { return reads.Count == 2; } });
        Assert.All(late, task => Assert.False(task.IsCompleted));

        lock (reads)
        {
            reads[1].SetResult(2);
        }

        Assert.All(await Task.WhenAll(late), value => Assert.Equal(2, value));
        Assert.Equal(2, reads.Count);

        // The slot is released by the read's own continuation, which may run just after the callers resume.
        await UntilAsync(() => coalescer.InFlight == 0, "the key's slot to be released");
    }

    [Fact]
    public async Task DifferentPages_AreReadSeparately()
    {
        var coalescer = new ReadCoalescer<string>();
        var calls = 0;
        var a = coalescer.ReadAsync("a", async () => { Interlocked.Increment(ref calls); await Task.Yield(); return "a"; }, Ct);
        var b = coalescer.ReadAsync("b", async () => { Interlocked.Increment(ref calls); await Task.Yield(); return "b"; }, Ct);
        Assert.Equal(["a", "b"], await Task.WhenAll(a, b));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task AFailedRead_FailsItsCallersOnly_AndTheNextCallerReadsAfresh()
    {
        var coalescer = new ReadCoalescer<int>();
        var failing = new TaskCompletionSource<int>();
        var failed = coalescer.ReadAsync("page", () => failing.Task, Ct);
        failing.SetException(new InvalidOperationException("storage said no"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);

        Assert.Equal(7, await coalescer.ReadAsync("page", () => Task.FromResult(7), Ct));
        Assert.Equal(0, coalescer.InFlight);
    }

    [Fact]
    public async Task ACallerGivingUp_DoesNotCancelTheReadOthersWaitFor()
    {
        var coalescer = new ReadCoalescer<int>();
        var inFlight = new TaskCompletionSource<int>();
        var next = new TaskCompletionSource<int>();
        var reads = 0;
        Task<int> Read() => Interlocked.Increment(ref reads) == 1 ? inFlight.Task : next.Task;

        var first = coalescer.ReadAsync("page", Read, Ct);
        using var impatient = new CancellationTokenSource();
        var leaving = coalescer.ReadAsync("page", Read, impatient.Token);
        var staying = coalescer.ReadAsync("page", Read, Ct);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);

        inFlight.SetResult(1);
        next.SetResult(2);
        Assert.Equal(1, await first);
        Assert.Equal(2, await staying);
    }
}

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Lets concurrent callers asking the same read share one storage call, without ever answering a caller with data
/// read before it asked: per key there is at most one read in flight and one queued behind it. A caller arriving while
/// a read is in flight joins the queued one, which starts when the flight lands; so every answer comes from a read
/// that began after its caller arrived (as fresh as calling storage itself), and a burst of N identical requests costs
/// at most two storage calls per read time instead of N. Nothing is kept once a key's reads are done: this is not a
/// cache, and a read never writes.
/// </summary>
/// <remarks>
/// A caller's cancellation only stops its own wait; the shared read runs to its end (bounded by the storage client's
/// own timeout) for the callers still waiting. A failed read fails its own callers only; the next caller starts afresh.
/// </remarks>
/// <typeparam name="T">What a read returns; shared by every caller of one read, so it must not be mutated.</typeparam>
internal sealed class ReadCoalescer<T>
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns the result of <paramref name="read"/> for <paramref name="key"/>, from a call that started at or after
    /// this one, shared with every other caller of the same key it could be shared with.
    /// </summary>
    public Task<T> ReadAsync(string key, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(read);
        Slot? idle = null;
        Task<T>? queued = null;
        lock (_slots)
        {
            if (!_slots.TryGetValue(key, out var slot))
            {
                idle = new Slot();
                _slots.Add(key, idle);
            }
            else
            {
                // A read is in flight and may have started before this caller arrived: wait for the next one.
                slot.Queued ??= new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                slot.QueuedRead = read;
                queued = slot.Queued.Task;
            }
        }

        return (queued ?? Start(key, idle!, read)).WaitAsync(cancellationToken);
    }

    /// <summary>Keys with a read in flight (for tests and diagnostics).</summary>
    public int InFlight
    {
        get
        {
            lock (_slots)
            {
                return _slots.Count;
            }
        }
    }

    private Task<T> Start(string key, Slot slot, Func<Task<T>> read)
    {
        Task<T> flight;
        try
        {
            flight = read();
        }
        catch (Exception ex)
        {
            flight = Task.FromException<T>(ex);
        }

        _ = flight.ContinueWith(_ => Landed(key, slot), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return flight;
    }

    private void Landed(string key, Slot slot)
    {
        TaskCompletionSource<T>? next;
        Func<Task<T>>? nextRead;
        lock (_slots)
        {
            next = slot.Queued;
            nextRead = slot.QueuedRead;
            slot.Queued = null;
            slot.QueuedRead = null;
            if (next is null)
            {
                _slots.Remove(key);
                return;
            }
        }

        // The queued read starts now, after every caller waiting for it arrived; the slot stays, so callers from here
        // on queue behind it.
        var flight = Start(key, slot, nextRead!);
        _ = flight.ContinueWith(
            done =>
            {
                if (done.IsCompletedSuccessfully)
                {
                    next.TrySetResult(done.Result);
                }
                else if (done.IsCanceled)
                {
                    next.TrySetCanceled();
                }
                else
                {
                    next.TrySetException(done.Exception!.InnerExceptions);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private sealed class Slot
    {
        public TaskCompletionSource<T>? Queued { get; set; }

        public Func<Task<T>>? QueuedRead { get; set; }
    }
}

using System.Collections.Concurrent;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Values kept with the version (an ETag) of the row they were read with: one is given back only for that same
/// version, and for <c>lifetime</c> at most; past <c>capacity</c> entries, all are forgotten (a process reads its hot
/// rows again). What a version means, and why a value is safe to reuse while it holds, is the caller's to say.
/// </summary>
internal sealed class VersionedCache<TKey, TValue>(TimeProvider time, TimeSpan lifetime, int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    /// <summary>Whether a value is kept for <paramref name="key"/> and not yet past its lifetime (it may still be of another version).</summary>
    public bool Knows(TKey key) => _entries.TryGetValue(key, out var entry) && time.GetUtcNow() - entry.At < lifetime;

    /// <summary>The value kept for <paramref name="key"/> at <paramref name="version"/>, or default (then the entry is forgotten).</summary>
    public TValue? Recall(TKey key, string version)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version && time.GetUtcNow() - entry.At < lifetime)
        {
            return entry.Value;
        }

        _entries.TryRemove(key, out _);
        return default;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>, read at <paramref name="version"/>.</summary>
    public void Remember(TKey key, string version, TValue value)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(version, value, time.GetUtcNow());
    }

    /// <summary>Forgets what is kept for <paramref name="key"/>.</summary>
    public void Forget(TKey key) => _entries.TryRemove(key, out _);

    private sealed record Entry(string Version, TValue Value, DateTimeOffset At);
}

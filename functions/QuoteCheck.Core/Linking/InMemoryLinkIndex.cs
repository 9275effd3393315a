namespace QuoteCheck.Core.Linking;

/// <summary>
/// The link index in memory, with the same bounds and the same order as the table-backed one (entries under an
/// anchor sorted by exact key and quote, at most <see cref="MaxPerAnchor"/> read; at most <see cref="MaxPerKey"/> by
/// exact key): what the evaluation and the pure tests link with.
/// </summary>
public sealed class InMemoryLinkIndex(TimeProvider time, LinkThresholds thresholds) : ILinkIndex
{
    /// <summary>The most entries one anchor lookup reads (one page of the table query).</summary>
    public const int MaxPerAnchor = 50;

    /// <summary>The most entries one exact-key lookup reads.</summary>
    public const int MaxPerKey = 20;

    private readonly Dictionary<ulong, SortedDictionary<string, LinkCandidate>> _anchors = [];
    private readonly Dictionary<string, SortedDictionary<string, LinkCandidate>> _keys = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<IReadOnlyList<LinkCandidate>> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LinkCandidate>>(_keys.TryGetValue(key, out var rows) ? rows.Values.Take(MaxPerKey).ToList() : []);

    /// <inheritdoc />
    public Task<IReadOnlyList<LinkCandidate>> FindByAnchorsAsync(IReadOnlyList<ulong> anchors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var found = new Dictionary<string, LinkCandidate>(StringComparer.Ordinal);
        foreach (var anchor in anchors)
        {
            if (!_anchors.TryGetValue(anchor, out var rows))
            {
                continue;
            }

            foreach (var row in rows.Values.Take(MaxPerAnchor))
            {
                found[row.QuoteRef] = found.TryGetValue(row.QuoteRef, out var seen) ? seen with { SharedAnchors = seen.SharedAnchors + 1 } : row with { SharedAnchors = 1 };
            }
        }

        return Task.FromResult<IReadOnlyList<LinkCandidate>>([.. found.Values]);
    }

    /// <inheritdoc />
    public async Task PublishAsync(LinkEntry entry, bool final, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = ToCandidate(entry, final);
        foreach (var anchor in entry.Fingerprint.Anchors)
        {
            if (!_anchors.TryGetValue(anchor, out var rows))
            {
                _anchors[anchor] = rows = new SortedDictionary<string, LinkCandidate>(StringComparer.Ordinal);
            }

            rows[entry.Fingerprint.Key + "|" + entry.QuoteRef] = row;
        }

        if (final)
        {
            await PublishKeyAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public Task PublishKeyAsync(LinkEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_keys.TryGetValue(entry.Fingerprint.Key, out var rows))
        {
            _keys[entry.Fingerprint.Key] = rows = new SortedDictionary<string, LinkCandidate>(StringComparer.Ordinal);
        }

        rows.TryAdd(QuoteLinker.ScopeOf(entry.Fingerprint, entry.Speaker, thresholds), ToCandidate(entry, final: true));
        return Task.CompletedTask;
    }

    private LinkCandidate ToCandidate(LinkEntry entry, bool final) =>
        new(entry.QuoteRef, entry.IdentityId, entry.IdentitySince, entry.Fingerprint, entry.Speaker, final, time.GetUtcNow());
}

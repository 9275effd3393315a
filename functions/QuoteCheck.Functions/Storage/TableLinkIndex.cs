using Azure;
using Azure.Data.Tables;
using QuoteCheck.Core.Linking;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// The link index in Table Storage (<c>QuoteLinks</c>). Exact keys: partition <c>v|{key}</c>, one row per scope
/// (<c>*</c> for a text long enough to link whoever said it, else per speaker). Anchors: partition <c>a|{anchor}</c>,
/// one row per quote that published the anchor, keyed <c>{exact key}|{quote ref}</c>. Keys are hashes, so writes
/// spread evenly over partitions whatever the news of the day; a reprint of a known text reads one partition and
/// writes nothing; every lookup reads one page of a bounded size, so a phrase thousands of quotes share costs a
/// lookup no more than a rare one does.
/// </summary>
public sealed class TableLinkIndex(StorageLayout layout, TimeProvider time) : ILinkIndex
{
    /// <summary>The longest normalized text kept with an entry (longer quotes are compared on their first part).</summary>
    public const int MaxNormalizedChars = 16_000;

    /// <summary>How many anchor lookups or writes run at once for one quote.</summary>
    private const int Parallelism = 8;

    /// <inheritdoc />
    public async Task<IReadOnlyList<LinkCandidate>> FindByKeyAsync(string key, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {KeyPartition(key)}");
        await foreach (var page in layout.QuoteLinks.QueryAsync<TableEntity>(filter, InMemoryLinkIndex.MaxPerKey, cancellationToken: cancellationToken).AsPages(pageSizeHint: InMemoryLinkIndex.MaxPerKey).ConfigureAwait(false))
        {
            return page.Values.Select(row => ToCandidate(row, 0)).ToList();
        }

        return [];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LinkCandidate>> FindByAnchorsAsync(IReadOnlyList<ulong> anchors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var pages = new List<TableEntity>[anchors.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, anchors.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AnchorPartition(anchors[i])}");
                pages[i] = [];
                await foreach (var page in layout.QuoteLinks.QueryAsync<TableEntity>(filter, InMemoryLinkIndex.MaxPerAnchor, cancellationToken: ct).AsPages(pageSizeHint: InMemoryLinkIndex.MaxPerAnchor).ConfigureAwait(false))
                {
                    pages[i].AddRange(page.Values);
                    break;
                }
            }).ConfigureAwait(false);

        var found = new Dictionary<string, (TableEntity Row, int Shared)>(StringComparer.Ordinal);
        foreach (var row in pages.SelectMany(p => p))
        {
            var quoteRef = row.GetString("QuoteRef") ?? row.RowKey;
            found[quoteRef] = found.TryGetValue(quoteRef, out var seen) ? (seen.Row, seen.Shared + 1) : (row, 1);
        }

        return found.Values.Select(f => ToCandidate(f.Row, f.Shared)).ToList();
    }

    /// <inheritdoc />
    public async Task PublishAsync(LinkEntry entry, bool final, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = time.GetUtcNow();
        await Parallel.ForEachAsync(
            entry.Fingerprint.Anchors,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (anchor, ct) =>
            {
                var row = ToEntity(AnchorPartition(anchor), $"{entry.Fingerprint.Key}|{entry.QuoteRef}", entry, final, now);
                await layout.QuoteLinks.UpsertEntityAsync(row, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);

        if (final)
        {
            await PublishKeyAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task PublishKeyAsync(LinkEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var scope = QuoteLinker.ScopeOf(entry.Fingerprint, entry.Speaker, Core.Linking.LinkThresholds.Default);
        try
        {
            // The first entry for a text and scope stays: two copies linked at once cannot both claim it.
            await layout.QuoteLinks.AddEntityAsync(ToEntity(KeyPartition(entry.Fingerprint.Key), scope, entry, final: true, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already known.
        }
    }

    private static string KeyPartition(string key) => "v|" + key;

    private static string AnchorPartition(ulong anchor) => "a|" + QuoteFingerprint.Hex(anchor);

    private static TableEntity ToEntity(string partition, string row, LinkEntry entry, bool final, DateTimeOffset now)
    {
        var normalized = entry.Fingerprint.Text.ToString();
        if (normalized.Length > MaxNormalizedChars)
        {
            normalized = normalized[..normalized.LastIndexOf(' ', MaxNormalizedChars)];
        }

        return new TableEntity(partition, row)
        {
            ["QuoteRef"] = entry.QuoteRef,
            ["IdentityId"] = entry.IdentityId,
            ["IdentitySince"] = entry.IdentitySince,
            ["Normalized"] = normalized,
            ["Speaker"] = entry.Speaker,
            ["Final"] = final,
            ["WrittenAt"] = now,
        };
    }

    private static LinkCandidate ToCandidate(TableEntity row, int shared) => new(
        row.GetString("QuoteRef") ?? string.Empty,
        row.GetString("IdentityId") ?? string.Empty,
        row.GetDateTimeOffset("IdentitySince") ?? DateTimeOffset.MinValue,
        QuoteFingerprint.From(QuoteText.Parse(row.GetString("Normalized") ?? string.Empty)),
        row.GetString("Speaker"),
        row.GetBoolean("Final") ?? true,
        row.GetDateTimeOffset("WrittenAt") ?? row.Timestamp ?? DateTimeOffset.MinValue,
        shared);
}

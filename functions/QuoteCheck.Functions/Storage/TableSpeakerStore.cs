using Azure.Data.Tables;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Core.Speakers;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Speakers, read from <c>Speakers</c>: the list (partitions <c>l|{first character}</c>, alphabetical across them)
/// and each speaker's partition (<c>s|{key}</c>: count shards, then a copy of each quote, newest article first).
/// One range query per page, never a write.
/// </summary>
public sealed class TableSpeakerStore(StorageLayout layout) : ISpeakerStore
{
    /// <inheritdoc />
    public async Task<SpeakerPage> ListSpeakersAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        const string scope = "speakers";
        var storageToken = ContinuationTokens.Unwrap(scope, continuationToken);
        var size = Math.Clamp(pageSize, 1, 100);
        var (from, to) = ViewEntities.ListRange;
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to} and Total gt {0}");
        await foreach (var page in layout.Speakers.QueryAsync<TableEntity>(filter, size, cancellationToken: cancellationToken).AsPages(storageToken, size).ConfigureAwait(false))
        {
            return new SpeakerPage(page.Values.Select(ViewEntities.ToSpeaker).ToList(), ContinuationTokens.Wrap(scope, page.ContinuationToken));
        }

        return new SpeakerPage([], null);
    }

    /// <inheritdoc />
    public async Task<SpeakerQuotePage> ListSpeakerQuotesAsync(string speaker, ReviewState? state, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        if (ViewEntities.SpeakerKey(speaker) is not { } key)
        {
            return new SpeakerQuotePage(null, [], null);
        }

        var scope = $"speaker\n{key}\n{state}";
        var after = ContinuationTokens.Unwrap(scope, continuationToken);
        var size = Math.Clamp(pageSize, 1, 100);
        var partition = ViewEntities.SpeakerPartition(key);

        // One range query per page over the speaker's partition. The first page also reads the count shards, which
        // sort before the quotes; the token is the last row returned, so every page holds exactly pageSize quotes.
        var filter = after is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {ViewEntities.SpeakerTotalsFrom} and RowKey lt {ViewEntities.SpeakerQuotesTo}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {after} and RowKey lt {ViewEntities.SpeakerQuotesTo}");
        if (state is { } wanted)
        {
            filter += " and " + TableClient.CreateQueryFilter($"(State eq {wanted.ToString()} or RowKey lt {ViewEntities.SpeakerTotalsTo})");
        }

        var take = size + 1 + (after is null ? ViewEntities.SpeakerTotalShards : 0);
        await foreach (var page in layout.Speakers.QueryAsync<TableEntity>(filter, take, cancellationToken: cancellationToken).AsPages(pageSizeHint: take).ConfigureAwait(false))
        {
            var totals = page.Values.Where(r => r.RowKey.StartsWith(ViewEntities.SpeakerTotalsFrom, StringComparison.Ordinal)).ToList();
            var rows = page.Values.Where(r => r.RowKey.StartsWith(ViewEntities.SpeakerQuotesFrom, StringComparison.Ordinal)).ToList();
            var more = rows.Count > size || page.ContinuationToken is not null;
            var kept = rows.Take(size).ToList();
            var last = kept.Count > 0 ? kept[^1].RowKey : totals.Count > 0 ? totals[^1].RowKey : after;
            return new SpeakerQuotePage(
                totals.Count == 0 ? null : Sum(key, totals),
                kept.Select(QuoteEntities.ToQuote).ToList(),
                more && last is not null ? ContinuationTokens.Wrap(scope, last) : null);
        }

        return new SpeakerQuotePage(null, [], null);
    }

    private static SpeakerSummary Sum(string key, IReadOnlyList<TableEntity> shards)
    {
        var counts = new Dictionary<ReviewState, int>();
        foreach (var (state, n) in shards.SelectMany(ViewEntities.ReadCounts))
        {
            counts[state] = counts.GetValueOrDefault(state) + n;
        }

        var name = shards.OrderByDescending(s => s.Timestamp).Select(s => s.GetString("Name")).FirstOrDefault(n => n is not null) ?? key;
        return new SpeakerSummary(key, name, counts.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => c.Value));
    }
}

using Azure.Data.Tables;
using QuoteCheck.Core.Linking;

namespace QuoteCheck.Functions.Storage;

/// <summary>Identities' members (<c>QuoteIdentities</c>) and the published feed (<c>QuoteLinks</c>): one range query per page, never a write.</summary>
public sealed class TableLinkStore(StorageLayout layout) : ILinkStore
{
    private readonly ReadCoalescer<MemberPage> _members = new();

    /// <inheritdoc />
    /// <remarks>
    /// A quote printed in many articles is one identity whose first page every GET of any of its copies reads: identical
    /// pages asked at once share one query that started after each of them asked (<see cref="ReadCoalescer{T}"/>), so a
    /// burst of reads of a widely reprinted quote costs at most two queries per query time.
    /// </remarks>
    public Task<MemberPage> ListMembersAsync(string identityId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identityId);
        var scope = "members\n" + identityId;
        var storageToken = ContinuationTokens.Unwrap(scope, continuationToken);
        var size = Math.Clamp(pageSize, 1, 100);
        var key = string.Join('\n', identityId, size.ToString(System.Globalization.CultureInfo.InvariantCulture), storageToken);
        return _members.ReadAsync(key, () => QueryMembersAsync(identityId, scope, size, storageToken), cancellationToken);
    }

    private async Task<MemberPage> QueryMembersAsync(string identityId, string scope, int size, string? storageToken)
    {
        // Not the caller's token: other callers may be waiting for this page; the storage client's own timeout bounds it.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ViewEntities.MemberPartition(identityId)}");
        await foreach (var page in layout.QuoteIdentities.QueryAsync<TableEntity>(filter, size, cancellationToken: CancellationToken.None).AsPages(storageToken, size).ConfigureAwait(false))
        {
            return new MemberPage(page.Values.Select(ViewEntities.ToMember).ToList(), ContinuationTokens.Wrap(scope, page.ContinuationToken));
        }

        return new MemberPage([], null);
    }

    /// <inheritdoc />
    public async Task<PublishedPage> ListPublishedAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        const string scope = "claimreview";
        var storageToken = ContinuationTokens.Unwrap(scope, continuationToken);
        var size = Math.Clamp(pageSize, 1, 100);
        var (from, to) = ViewEntities.FeedRange;
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}");
        await foreach (var page in layout.QuoteLinks.QueryAsync<TableEntity>(filter, size, cancellationToken: cancellationToken).AsPages(storageToken, size).ConfigureAwait(false))
        {
            return new PublishedPage(page.Values.Select(ViewEntities.ToPublished).ToList(), ContinuationTokens.Wrap(scope, page.ContinuationToken));
        }

        return new PublishedPage([], null);
    }
}

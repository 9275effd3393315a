using Azure.Data.Tables;
using QuoteCheck.Core.Linking;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Identities' members (<c>QuoteIdentities</c>) and the published feed (<c>QuoteLinks</c>): one range query per page,
/// never a write. An identity's first page is served again without the query while its version row is unchanged.
/// </summary>
public sealed class TableLinkStore(StorageLayout layout, TimeProvider time) : ILinkStore
{
    private readonly ReadCoalescer<MemberPage> _members = new();
    private readonly MemberPages _pages = new(time);

    /// <inheritdoc />
    /// <remarks>
    /// A quote printed in many articles is one identity whose first page every GET of any of its copies reads. That page
    /// is kept with the ETag of the identity's version row, which every member write renews in the same transaction: each request
    /// reads the version row (a point read), and queries the members only when it has changed. Identical reads asked at
    /// once share one that started after each of them asked (<see cref="ReadCoalescer{T}"/>).
    /// </remarks>
    public Task<MemberPage> ListMembersAsync(string identityId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identityId);
        var scope = "members\n" + identityId;
        var storageToken = ContinuationTokens.Unwrap(scope, continuationToken);
        var size = Math.Clamp(pageSize, 1, 100);
        var key = string.Join('\n', identityId, size.ToString(System.Globalization.CultureInfo.InvariantCulture), storageToken);
        return _members.ReadAsync(key, () => storageToken is null ? ReadFirstPageAsync(identityId, scope, size) : QueryMembersAsync(identityId, scope, size, storageToken), cancellationToken);
    }

    private async Task<MemberPage> ReadFirstPageAsync(string identityId, string scope, int size)
    {
        var version = await layout.QuoteIdentities.GetEntityIfExistsAsync<TableEntity>(ViewEntities.MemberPartition(identityId), ViewEntities.MembersVersionRow, select: ["RowKey"], cancellationToken: CancellationToken.None).ConfigureAwait(false);
        if (!version.HasValue || version.Value is not { } row)
        {
            return await QueryMembersAsync(identityId, scope, size, null).ConfigureAwait(false); // no member written since versions began
        }

        var etag = row.ETag.ToString();
        if (_pages.Recall(identityId, size, etag) is { } kept)
        {
            return kept;
        }

        var page = await QueryMembersAsync(identityId, scope, size, null).ConfigureAwait(false);
        _pages.Remember(identityId, size, etag, page);
        return page;
    }

    private async Task<MemberPage> QueryMembersAsync(string identityId, string scope, int size, string? storageToken)
    {
        // Not the caller's token: other callers may be waiting for this page; the storage client's own timeout bounds it.
        await foreach (var page in layout.QuoteIdentities.QueryAsync<TableEntity>(ViewEntities.MembersFilter(identityId), size, cancellationToken: CancellationToken.None).AsPages(storageToken, size).ConfigureAwait(false))
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

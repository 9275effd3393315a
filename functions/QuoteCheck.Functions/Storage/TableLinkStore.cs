using Azure.Data.Tables;
using QuoteCheck.Core.Linking;

namespace QuoteCheck.Functions.Storage;

/// <summary>Identities' members (<c>QuoteIdentities</c>) and the published feed (<c>QuoteLinks</c>): one range query per page, never a write.</summary>
public sealed class TableLinkStore(StorageLayout layout) : ILinkStore
{
    /// <inheritdoc />
    public async Task<MemberPage> ListMembersAsync(string identityId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identityId);
        var scope = "members\n" + identityId;
        var storageToken = ContinuationTokens.Unwrap(scope, continuationToken);
        var size = Math.Clamp(pageSize, 1, 100);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ViewEntities.MemberPartition(identityId)}");
        await foreach (var page in layout.QuoteIdentities.QueryAsync<TableEntity>(filter, size, cancellationToken: cancellationToken).AsPages(storageToken, size).ConfigureAwait(false))
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

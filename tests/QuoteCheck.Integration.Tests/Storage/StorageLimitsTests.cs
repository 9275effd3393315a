using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Integration.Tests.Storage;

/// <summary>How writes are grouped into transactions Azure accepts (Azurite enforces neither limit).</summary>
public sealed class StorageLimitsTests
{
    [Fact]
    public void Groups_LeaveRoomForTheReservedOperations_AndKeepTheOrder()
    {
        var items = Enumerable.Range(0, 250).ToList();

        var groups = StorageLimits.Groups(items, _ => 1_000, reservedOperations: 4, reservedBytes: 32 * 1024);

        Assert.All(groups, g => Assert.InRange(g.Length, 1, StorageLimits.MaxBatchOperations - 4));
        Assert.Equal(items, groups.SelectMany(g => g));
        Assert.Equal(3, groups.Count);
    }

    [Fact]
    public void Groups_AreSizedByBytes_WhenTheRowsAreLarge()
    {
        // 60 rows of 200 KB: fewer than 100 operations, but 12 MB, so at least four transactions of under 4 MiB.
        var items = Enumerable.Range(0, 60).ToList();
        const long rowBytes = 200 * 1024;
        const long reserved = 4 * 8 * 1024;

        var groups = StorageLimits.Groups(items, _ => rowBytes, reservedOperations: 4, reservedBytes: reserved);

        Assert.True(groups.Count >= 4, $"{groups.Count} groups");
        Assert.All(groups, g => Assert.InRange((g.Length * rowBytes) + reserved, 1, StorageLimits.MaxBatchBytes));
        Assert.Equal(items, groups.SelectMany(g => g));
    }

    [Fact]
    public void Groups_RefuseARowThatFitsNoTransaction()
    {
        var refused = Assert.Throws<StorageLimitException>(() => StorageLimits.Groups([1], _ => StorageLimits.MaxBatchBytes, reservedOperations: 0));

        Assert.Contains("a transaction holds at most", refused.Message, StringComparison.Ordinal);
    }
}

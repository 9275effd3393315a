using System.Text.Json;
using Azure.Data.Tables;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Azure Table Storage's documented limits, checked here because Azurite enforces none of them: an entity
/// holds at most 1 MiB, a string property 64 KiB, an entity-group transaction 100 operations and 4 MiB of
/// request payload. Sizes are computed the way the service counts them.
/// </summary>
public static class StorageLimits
{
    /// <summary>The most an entity may hold, by the service's size formula.</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>The most a string property may hold: 64 KiB of UTF-16, 32,768 code units.</summary>
    public const int MaxStringPropertyBytes = 64 * 1024;

    /// <summary>The most operations an entity-group transaction may hold.</summary>
    public const int MaxBatchOperations = 100;

    /// <summary>The largest request payload of an entity-group transaction.</summary>
    public const int MaxBatchBytes = 4 * 1024 * 1024;

    /// <summary>What this code lets one entity grow to: a margin below <see cref="MaxEntityBytes"/>.</summary>
    public const int EntityBudgetBytes = MaxEntityBytes - (32 * 1024);

    /// <summary>What this code puts in one transaction: a margin below <see cref="MaxBatchBytes"/> for the envelope.</summary>
    public const int BatchBudgetBytes = MaxBatchBytes - (128 * 1024);

    /// <summary>The request envelope of one operation inside a transaction (MIME part headers, request line), generously.</summary>
    private const int OperationOverheadBytes = 1024;

    private static readonly JsonSerializerOptions Json = new();

    /// <summary>
    /// The entity's size as the service counts it: 4 bytes, plus 2 per character of PartitionKey and RowKey,
    /// plus for each property 8 bytes, 2 per character of its name and the value's size (strings 4 + 2 per
    /// UTF-16 code unit, binary 4 + its length, Int32 4, Int64, Double and DateTime 8, Guid 16, Boolean 1).
    /// </summary>
    public static long EntityBytes(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        long size = 4 + ((entity.PartitionKey?.Length ?? 0) + (entity.RowKey?.Length ?? 0)) * 2L;
        if (entity is not TableEntity properties)
        {
            return size;
        }

        foreach (var (name, value) in properties)
        {
            if (IsSystemProperty(name))
            {
                continue;
            }

            size += 8 + (name.Length * 2L) + ValueBytes(value);
        }

        return size;
    }

    /// <summary>
    /// An upper bound on the bytes one operation adds to a transaction's request payload: the entity as JSON
    /// (non-ASCII escaped as <c>\uXXXX</c>, the worst case), a type annotation per property, and the envelope.
    /// </summary>
    public static long PayloadBytes(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var keys = ((entity.PartitionKey?.Length ?? 0) + (entity.RowKey?.Length ?? 0)) * 3L; // in the URL, percent-encoded at worst
        if (entity is not TableEntity properties)
        {
            return OperationOverheadBytes + keys;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(
            properties.Where(p => !IsSystemProperty(p.Key) || p.Key is "PartitionKey" or "RowKey").ToDictionary(p => p.Key, p => p.Value is BinaryData b ? (object)b.ToArray() : p.Value),
            Json);
        return OperationOverheadBytes + keys + json.Length + (properties.Count * 48L);
    }

    /// <summary>The size of the largest string property, in bytes of UTF-16.</summary>
    public static long LargestStringBytes(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Select(p => p.Value).OfType<string>().Select(s => s.Length * 2L).DefaultIfEmpty(0).Max();
    }

    /// <summary>
    /// Throws <see cref="StorageLimitException"/> when <paramref name="entity"/> would be refused by the
    /// service: over the entity size or with a string property over 64 KiB.
    /// </summary>
    public static void CheckEntity(TableEntity entity, string what)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var bytes = EntityBytes(entity);
        if (bytes > EntityBudgetBytes)
        {
            throw new StorageLimitException($"{what} would be a {bytes:N0}-byte table entity; Azure Table Storage holds at most {MaxEntityBytes:N0} bytes per entity.");
        }

        var largest = LargestStringBytes(entity);
        if (largest > MaxStringPropertyBytes)
        {
            throw new StorageLimitException($"{what} has a {largest:N0}-byte string property; Azure Table Storage holds at most {MaxStringPropertyBytes:N0} bytes (32,768 characters) per string property.");
        }
    }

    /// <summary>
    /// Splits operations on one partition into transactions of at most 100 operations and
    /// <see cref="BatchBudgetBytes"/> of payload, keeping their order. The first <paramref name="leading"/>
    /// operations are kept together in the first transaction.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TableTransactionAction>> Batches(IReadOnlyList<TableTransactionAction> actions, int leading = 0)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var batches = Groups(actions, action => PayloadBytes(action.Entity), describe: action => $"Row '{action.Entity.RowKey}'");

        // Filled in order, so the leading operations share the first transaction unless they cannot fit one.
        if (leading > 0 && batches.Count > 0 && batches[0].Length < Math.Min(leading, actions.Count))
        {
            throw new StorageLimitException("The rows that must be written together do not fit one transaction.");
        }

        return batches;
    }

    /// <summary>
    /// Splits <paramref name="items"/> into groups, in order, that each fit one transaction beside
    /// <paramref name="reservedOperations"/> other operations of at most <paramref name="reservedBytes"/>:
    /// no group holds more than 100 operations in all, nor more than <see cref="BatchBudgetBytes"/> of payload
    /// by <paramref name="payloadBytes"/>. An item that cannot fit even alone is refused (named by <paramref name="describe"/>).
    /// </summary>
    public static IReadOnlyList<T[]> Groups<T>(IReadOnlyList<T> items, Func<T, long> payloadBytes, int reservedOperations = 0, long reservedBytes = 0, Func<T, string>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(payloadBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(reservedOperations);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(reservedOperations, MaxBatchOperations);
        ArgumentOutOfRangeException.ThrowIfNegative(reservedBytes);
        var maxCount = MaxBatchOperations - reservedOperations;
        var budget = BatchBudgetBytes - reservedBytes;
        var groups = new List<T[]>();
        var current = new List<T>();
        long bytes = 0;
        foreach (var item in items)
        {
            var size = payloadBytes(item);
            if (size > budget)
            {
                throw new StorageLimitException($"{describe?.Invoke(item) ?? "One row"} needs {size:N0} bytes of request payload; a transaction holds at most {MaxBatchBytes:N0}.");
            }

            if (current.Count > 0 && (current.Count == maxCount || bytes + size > budget))
            {
                groups.Add([.. current]);
                current.Clear();
                bytes = 0;
            }

            current.Add(item);
            bytes += size;
        }

        if (current.Count > 0)
        {
            groups.Add([.. current]);
        }

        return groups;
    }

    private static bool IsSystemProperty(string name) => name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag";

    private static long ValueBytes(object? value) => value switch
    {
        null => 0,
        string s => 4 + (s.Length * 2L),
        byte[] b => 4 + b.Length,
        BinaryData b => 4 + b.ToMemory().Length,
        bool => 1,
        int => 4,
        long or double or DateTime or DateTimeOffset => 8,
        Guid => 16,
        _ => 8,
    };
}

/// <summary>A write that Azure Table Storage would refuse for its size; refused here first, with the reason.</summary>
public sealed class StorageLimitException(string message) : Exception(message);

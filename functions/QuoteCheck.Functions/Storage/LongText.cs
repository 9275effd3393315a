using Azure.Data.Tables;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Stores a string of any length across numbered properties (<c>Text</c>, <c>Text1</c>, <c>Text2</c>, ...),
/// since a table string property holds at most 64 KiB (32,768 UTF-16 characters).
/// </summary>
internal static class LongText
{
    /// <summary>Characters per property, below the 32K limit.</summary>
    public const int ChunkChars = 30_000;

    /// <summary>How many characters fit in one entity alongside its other properties (entities hold 1 MiB).</summary>
    public const int MaxChars = 14 * ChunkChars;

    public static void Write(TableEntity entity, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        entity[name] = value.Length <= ChunkChars ? value : value[..ChunkChars];
        var chunks = 1;
        for (var offset = ChunkChars; offset < value.Length; offset += ChunkChars, chunks++)
        {
            entity[name + chunks] = value.Substring(offset, Math.Min(ChunkChars, value.Length - offset));
        }

        entity[name + "Chunks"] = chunks;
    }

    public static string? Read(TableEntity entity, string name)
    {
        var first = entity.GetString(name);
        var chunks = entity.GetInt32(name + "Chunks") ?? 1;
        if (first is null || chunks <= 1)
        {
            return first;
        }

        return string.Concat(Enumerable.Range(0, chunks).Select(i => i == 0 ? first : entity.GetString(name + i)));
    }
}

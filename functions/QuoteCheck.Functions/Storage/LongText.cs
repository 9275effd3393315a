using Azure.Data.Tables;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Stores a string of any length across numbered properties (<c>Text</c>, <c>Text1</c>, <c>Text2</c>, ...),
/// since a table string property holds at most 64 KiB (32,768 UTF-16 code units). Chunks never split a
/// surrogate pair, so every chunk is valid text on its own.
/// </summary>
internal static class LongText
{
    /// <summary>Code units per property, below the 32,768 limit.</summary>
    public const int ChunkChars = 30_000;

    public static void Write(TableEntity entity, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        var chunks = 0;
        for (var offset = 0; offset < value.Length || chunks == 0; chunks++)
        {
            var length = Math.Min(ChunkChars, value.Length - offset);
            if (offset + length < value.Length && char.IsHighSurrogate(value[offset + length - 1]))
            {
                length--;
            }

            entity[chunks == 0 ? name : name + chunks] = value.Substring(offset, length);
            offset += length;
        }

        // Always written, so a merge that shortens the text never leaves an old chunk count behind.
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

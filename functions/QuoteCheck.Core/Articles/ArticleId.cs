using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace QuoteCheck.Core.Articles;

/// <summary>Article identifiers: validation of producer-supplied ids and content-hash defaults.</summary>
public static class ArticleId
{
    /// <summary>The longest id accepted; table keys allow more, URLs and logs like less.</summary>
    public const int MaxLength = 128;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");

    /// <summary>
    /// True when <paramref name="id"/> can be used as-is: 1–128 characters of letters, digits,
    /// <c>-</c>, <c>_</c> and <c>.</c>, starting with a letter or digit. Anything else could break
    /// table keys (which forbid <c>/ \ # ?</c>) or the <c>/api/articles/{id}</c> route.
    /// </summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id)
        && id.Length <= MaxLength
        && char.IsAsciiLetterOrDigit(id[0])
        && !id.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>The id an article gets when the producer gave none: a hash of its text, so resubmission is idempotent.</summary>
    public static string FromContent(string text) => FromBytes(Encoding.UTF8.GetBytes(text));

    /// <summary>A content-hash id over raw bytes (used for messages that are not even text).</summary>
    public static string FromBytes(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}

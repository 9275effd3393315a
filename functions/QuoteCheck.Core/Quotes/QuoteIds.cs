using System.Security.Cryptography;
using System.Text;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Quotes;

/// <summary>Deterministic quote ids, so reprocessing an article upserts its quotes rather than duplicating them.</summary>
public static class QuoteIds
{
    /// <summary>
    /// The id of <paramref name="quote"/>: its start offset (zero-padded, so ids sort in reading order)
    /// and a short hash of its text (so an edited article does not carry a review over to different words).
    /// </summary>
    public static string For(ExtractedQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(quote.Text), hash);
        return $"{quote.Start:D7}-{Convert.ToHexStringLower(hash[..4])}";
    }
}

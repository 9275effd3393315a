using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Wraps the storage continuation token with the query it belongs to, so clients get an opaque token
/// and one replayed against a different query is refused rather than silently mis-paging.
/// </summary>
internal static class ContinuationTokens
{
    private sealed record Payload(string Scope, string Token);

    public static string? Wrap(string scope, string? storageToken) =>
        storageToken is null
            ? null
            : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Payload(scope, storageToken))));

    /// <summary>The storage token, or null when <paramref name="token"/> is absent.</summary>
    /// <exception cref="InvalidContinuationTokenException">The token is not one this API issued for this query.</exception>
    public static string? Unwrap(string scope, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(token));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new InvalidContinuationTokenException("continuationToken is not a token this API issued.");
        }

        if (payload is null || payload.Scope != scope || string.IsNullOrEmpty(payload.Token))
        {
            throw new InvalidContinuationTokenException("continuationToken belongs to a different query; pass the same filters as the request that returned it.");
        }

        return payload.Token;
    }
}

/// <summary>A continuation token that was not issued for the query it came with.</summary>
public sealed class InvalidContinuationTokenException(string message) : Exception(message);

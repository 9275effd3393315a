using Microsoft.AspNetCore.Http;

namespace QuoteCheck.Functions.Http;

/// <summary>Reads request bodies with a cap, never buffering more than the cap allows however large the body is.</summary>
internal static class RequestBodies
{
    /// <summary>
    /// The body's bytes, or null when it is longer than <paramref name="maxBytes"/> (said by Content-Length, or found
    /// while reading: at most <paramref name="maxBytes"/> + 1 bytes are read).
    /// </summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}

using Azure.Storage.Blobs;
using QuoteCheck.Core.Security;

namespace QuoteCheck.Functions.Ingestion;

/// <summary>A claim-check <c>blobUri</c> checked against the app's container: the blob to read, or why it may not be read.</summary>
/// <param name="BlobName">The blob's name in the container (<c>incoming/...</c>), when the URI is acceptable.</param>
/// <param name="Problem">Why the URI is refused, for the rejection record (secrets redacted), when it is not.</param>
public sealed record ClaimCheckReference(string? BlobName, string? Problem);

/// <summary>
/// Decides whether a queue message's <c>blobUri</c> may be read. The app's identity can read every container in the
/// account (the Functions host keeps its keys in one), so a message may name only a blob under <c>incoming/</c> of the
/// configured container, on the configured account, spelled plainly: no query string (a SAS is never needed, and never
/// used), no <c>.</c> or <c>..</c> segments, no percent-encoding (<c>%2F</c> and friends), no backslashes. The blob URI the
/// SDK would request is then rebuilt from the name and must be exactly the URI the message gave.
/// </summary>
public static class ClaimCheckUri
{
    /// <summary>The prefix producers write large bodies under (<see cref="ArticleQueueSender"/> does).</summary>
    public const string IncomingPrefix = "incoming/";

    /// <summary>The longest blob name Azure Storage accepts.</summary>
    public const int MaxBlobNameLength = 1024;

    private const int MaxEchoedLength = 300;

    /// <summary>Checks <paramref name="requested"/> against <paramref name="container"/>.</summary>
    public static ClaimCheckReference Resolve(Uri requested, BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(container);
        var expected = $"{container.Uri.AbsoluteUri.TrimEnd('/')}/{IncomingPrefix}<name>";
        var raw = requested.OriginalString.Trim();

        if (raw.IndexOfAny(['?', '#']) >= 0)
        {
            return Refuse($"'blobUri' must not carry a query string or fragment (a SAS token is never needed: the app reads the blob with its own identity). Give {expected}", raw);
        }

        if (raw.Contains('%', StringComparison.Ordinal) || raw.Contains('\\', StringComparison.Ordinal))
        {
            return Refuse($"'blobUri' must not contain percent-encoding (such as %2F or %2E) or backslashes: name the blob plainly, as {expected}", raw);
        }

        if (!requested.IsAbsoluteUri
            || !string.Equals(requested.Scheme, container.Uri.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(requested.Host, container.Uri.Host, StringComparison.OrdinalIgnoreCase)
            || requested.Port != container.Uri.Port
            || requested.UserInfo.Length > 0)
        {
            return Refuse($"'blobUri' must name a blob in this app's storage account: {expected}", raw);
        }

        // Path-style addresses (Azurite, IP hosts) carry the account as the first segment.
        if (!string.Equals(new BlobUriBuilder(requested).AccountName, new BlobUriBuilder(container.Uri).AccountName, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse($"'blobUri' must name a blob in this app's storage account: {expected}", raw);
        }

        // The path as written: Uri would have removed dot segments from AbsolutePath already.
        var authorityEnd = raw.IndexOf("://", StringComparison.Ordinal) is var schemeEnd and >= 0 ? raw.IndexOf('/', schemeEnd + 3) : -1;
        var path = authorityEnd < 0 ? string.Empty : raw[authorityEnd..];
        var segments = path.Split('/');
        if (segments.Skip(1).Any(segment => segment is "" or "." or ".."))
        {
            return Refuse($"'blobUri' must not contain '.' or '..' segments or empty ones ('//'): {expected}", raw);
        }

        var containerPath = container.Uri.AbsolutePath.TrimEnd('/') + "/";
        if (!path.StartsWith(containerPath + IncomingPrefix, StringComparison.Ordinal))
        {
            return Refuse($"'blobUri' must name a blob under '{IncomingPrefix}' in this app's '{container.Name}' container: {expected}", raw);
        }

        var blobName = path[containerPath.Length..];
        var leaf = blobName[IncomingPrefix.Length..];
        if (leaf.Length == 0 || blobName.Length > MaxBlobNameLength || !leaf.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/'))
        {
            return Refuse($"The blob name after '{IncomingPrefix}' must be 1 to {MaxBlobNameLength - IncomingPrefix.Length} letters, digits, '-', '_', '.', '~' (and '/' between folders): {expected}", raw);
        }

        // Belt and braces: the URI the client library will request for this name must be the one that was asked for.
        var resolved = container.GetBlobClient(blobName).Uri;
        if (!string.Equals(resolved.AbsoluteUri, requested.AbsoluteUri, StringComparison.Ordinal))
        {
            return Refuse($"'blobUri' resolves to a different blob than it names ({Echo(resolved.AbsoluteUri)}): {expected}", raw);
        }

        return new ClaimCheckReference(blobName, null);
    }

    private static ClaimCheckReference Refuse(string problem, string raw) =>
        new(null, SecretRedaction.Redact($"{problem}, not '{Echo(raw)}'."));

    private static string Echo(string value) => value.Length <= MaxEchoedLength ? value : string.Concat(value.AsSpan(0, MaxEchoedLength), "…");
}

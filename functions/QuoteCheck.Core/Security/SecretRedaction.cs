using System.Text.RegularExpressions;

namespace QuoteCheck.Core.Security;

/// <summary>
/// Takes credentials out of text that is shown or logged: rejection reasons, problem details, log lines and the raw messages
/// kept with rejected articles. A secret becomes <see cref="Marker"/>; the rest of the text (which blob, which field) stays.
/// </summary>
/// <remarks>
/// What counts as a secret: the signature and token parameters of a URL's query (<c>sig</c>, a SAS; <c>code</c>, a function key;
/// <c>access_token</c>, <c>token</c>, <c>x-functions-key</c>), the key and signature parts of a storage or Service Bus connection
/// string (<c>AccountKey</c>, <c>SharedAccessKey</c>, <c>SharedAccessSignature</c>), and bearer tokens.
/// </remarks>
public static partial class SecretRedaction
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Marker = "[redacted]";

    /// <summary>The text with every secret it holds replaced by <see cref="Marker"/>; null stays null.</summary>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text;

        var redacted = QueryParameter().Replace(text, "${name}" + Marker);
        redacted = ConnectionStringPart().Replace(redacted, "${name}" + Marker);
        return BearerToken().Replace(redacted, "${name}" + Marker);
    }

    // ?sig=... or &sig=... (also URL-encoded, %26sig%3D, inside another URL's query, and JSON-escaped, \u0026sig=, in a raw
    // message), or a bare "sig=..." after a space or at the start: up to the next separator.
    [GeneratedRegex(@"(?<name>(?:^|[?&;\s]|%26|%3F|\\u0026|\\u003F)(?:sig|signature|code|access_token|token|x-functions-key|sharedaccesssignature)(?:=|%3D|\\u003D))[^&#\s""'<>;\\]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryParameter();

    // AccountKey=...; SharedAccessKey=...; SharedAccessSignature=sv=...&sig=...; (a SAS in a connection string holds no ';').
    [GeneratedRegex(@"(?<name>\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)\s*=\s*)[^;\s""'<>]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringPart();

    [GeneratedRegex(@"(?<name>\bBearer\s+)[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();
}

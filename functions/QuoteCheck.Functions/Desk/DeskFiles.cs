using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace QuoteCheck.Functions.Desk;

/// <summary>The reviewer's desk: static files embedded in this assembly (no build step), served under <c>/api/desk/</c>.</summary>
internal static class DeskFiles
{
    private const string ResourcePrefix = "QuoteCheck.Functions.Desk.";

    /// <summary>
    /// Same origin only, no inline script or style: the page renders article text with <c>textContent</c>,
    /// and this policy is the second line of defence should anything ever slip through.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>File name to content, read once: the whole desk is a few kilobytes.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Files = new(() =>
    {
        var assembly = typeof(DeskFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(
                name => name[ResourcePrefix.Length..],
                name =>
                {
                    using var stream = assembly.GetManifestResourceStream(name)!;
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    return copy.ToArray();
                },
                StringComparer.Ordinal);
    });

    /// <summary>The page itself.</summary>
    public const string Index = "index.html";

    /// <summary>The file with its content type and security headers, or null when the desk has no such file.</summary>
    public static IResult? Serve(HttpRequest request, string file)
    {
        if (!Files.Value.TryGetValue(file, out var content))
        {
            return null;
        }

        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        var contentType = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal))
        {
            contentType += "; charset=utf-8";
        }

        return TypedResults.Bytes(content, contentType);
    }
}

using Microsoft.Extensions.Primitives;

namespace QuoteCheck.Functions.Review;

/// <summary>
/// What a write's <c>If-Match</c> header asks for. A review write must name the one version it was decided on, so
/// <c>*</c> ("any version") is refused, and so is anything that is not exactly one entity tag.
/// </summary>
public abstract record IfMatch
{
    /// <summary>An example of a valid header, as Table Storage's ETags look.</summary>
    public const string Example = "W/\"datetime'2025-03-02T10%3A00%3A00.1234567Z'\"";

    private IfMatch()
    {
    }

    /// <summary>No <c>If-Match</c> at all (428).</summary>
    public sealed record Missing : IfMatch;

    /// <summary><c>If-Match: *</c>, which would skip the check (428: the quote's ETag is required).</summary>
    public sealed record Any : IfMatch;

    /// <summary>Exactly one entity tag, as sent (<c>W/"..."</c> or <c>"..."</c>), compared with the quote's ETag character for character.</summary>
    public sealed record Tag(string Value) : IfMatch;

    /// <summary>Not an entity tag (400): says what is wrong and what a valid one looks like.</summary>
    public sealed record Malformed(string Problem) : IfMatch;

    /// <summary>Reads the header's values (RFC 9110 §8.8.3 entity-tag syntax: <c>[W/] DQUOTE *etagc DQUOTE</c>).</summary>
    public static IfMatch Parse(StringValues values)
    {
        if (values.Count == 0)
        {
            return new Missing();
        }

        if (values.Count > 1)
        {
            return Refuse("If-Match was sent more than once; send it once, with the one ETag you read.");
        }

        var value = (values[0] ?? string.Empty).Trim(' ', '\t');
        if (value.Length == 0)
        {
            return Refuse("If-Match is empty.");
        }

        if (value == "*")
        {
            return new Any();
        }

        var opaque = value.StartsWith("W/", StringComparison.Ordinal) ? value.AsSpan(2) : value.AsSpan();
        if (opaque.Length < 2 || opaque[0] != '"')
        {
            return Refuse("If-Match must be an entity tag in double quotes, optionally with W/ in front.");
        }

        var closing = opaque[1..].IndexOf('"') + 1;
        if (closing <= 0)
        {
            return Refuse("If-Match has no closing double quote.");
        }

        foreach (var c in opaque[1..closing])
        {
            // etagc = %x21 / %x23-7E / obs-text; no spaces, no control characters.
            if (c is < '\x21' or '\x7F' || c > '\xFF')
            {
                return Refuse("If-Match may hold only visible characters between its double quotes.");
            }
        }

        if (closing != opaque.Length - 1)
        {
            return opaque[(closing + 1)..].TrimStart(" \t").StartsWith(",")
                ? Refuse("If-Match lists several ETags; send exactly one: the ETag of the quote as you read it.")
                : Refuse("If-Match has characters after its closing double quote.");
        }

        return new Tag(value);
    }

    private static Malformed Refuse(string problem) =>
        new($"{problem} Send the quote's ETag exactly as GET /api/quotes/{{articleId}}/{{quoteId}} returned it (the ETag header or 'eTag'), for example: If-Match: {Example}");
}

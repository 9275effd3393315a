using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace QuoteCheck.Functions.Http;

/// <summary>The <c>pageSize</c> and <c>continuationToken</c> query parameters every list endpoint takes.</summary>
internal static class Paging
{
    public const int DefaultPageSize = 25;

    public const int MaxPageSize = 100;

    public const string PageSizeProblem = "pageSize must be a whole number from 1 to 100.";

    /// <summary>The requested page size (default 25), or false when it is not a whole number in 1–100.</summary>
    public static bool TryReadPageSize(IQueryCollection query, out int pageSize)
    {
        pageSize = DefaultPageSize;
        return query["pageSize"] is not { Count: > 0 } raw
            || (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) && pageSize is >= 1 and <= MaxPageSize);
    }

    /// <summary>The continuation token, or null when absent or blank.</summary>
    public static string? ContinuationToken(IQueryCollection query) =>
        query["continuationToken"].FirstOrDefault() is { Length: > 0 } token && !string.IsNullOrWhiteSpace(token) ? token.Trim() : null;
}

using System.Diagnostics.CodeAnalysis;

namespace QuoteCheck.Core.Review;

/// <summary>
/// The app roles QuoteCheck's Entra app registration defines, as flags: a person or tool may hold several.
/// The names are the app roles' values in tokens (<c>Reviewer</c>, <c>Editor</c>, <c>Submitter</c>), so never rename a member.
/// </summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The Entra term is 'app roles'.")]
public enum AppRoles
{
    /// <summary>No QuoteCheck role: may read, may not review or submit.</summary>
    None = 0,

    /// <summary>A fact-checker: claims quotes and decides the ones they claimed.</summary>
    Reviewer = 1,

    /// <summary>Signs off (publishes), reopens published quotes, and may decide or release anyone's claim.</summary>
    Editor = 2,

    /// <summary>A tool (service principal) or person that submits articles through <c>POST /api/articles</c>.</summary>
    Submitter = 4,
}

/// <summary>Reads and writes <see cref="AppRoles"/> by their app-role values.</summary>
public static class AppRoleNames
{
    /// <summary>The roles a token can carry, in declaration order: <c>Reviewer</c>, <c>Editor</c>, <c>Submitter</c>.</summary>
    public static IReadOnlyList<AppRoles> All { get; } = [AppRoles.Reviewer, AppRoles.Editor, AppRoles.Submitter];

    /// <summary>Reads one app-role value, ignoring case and surrounding white space.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out AppRoles role)
    {
        role = AppRoles.None;
        if (string.IsNullOrWhiteSpace(value))
            return false;

        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The single roles in <paramref name="roles"/> by name, in declaration order.</summary>
    public static IReadOnlyList<string> Names(AppRoles roles) => [.. All.Where(r => roles.HasFlag(r)).Select(r => r.ToString())];
}

using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Identity;

/// <summary>
/// Reads the <c>X-MS-CLIENT-PRINCIPAL</c> header App Service authentication sets after it has validated a sign-in or a
/// bearer token: base64 of <c>{"auth_typ", "claims": [{"typ", "val"}], "name_typ", "role_typ"}</c>.
/// </summary>
/// <remarks>
/// The id is the Entra object id (<c>oid</c>), which never changes for a person or service principal; the name is the
/// user principal name (<c>preferred_username</c>) where there is one; roles are the app-role claims. Claim types appear
/// both mapped (<c>http://schemas.microsoft.com/identity/claims/objectidentifier</c>) and as in the token (<c>oid</c>), so both are read.
/// </remarks>
internal static class ClientPrincipal
{
    /// <summary>The largest header read; a principal with many group claims is a few kilobytes.</summary>
    public const int MaxHeaderLength = 64 * 1024;

    private static readonly string[] IdClaims =
    [
        "http://schemas.microsoft.com/identity/claims/objectidentifier",
        "oid",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
        "sub",
    ];

    private static readonly string[] NameClaims =
    [
        "preferred_username",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "email",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
        "name",
    ];

    private static readonly string[] RoleClaims = ["roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];

    private static readonly string[] AppIdClaims = ["azp", "appid"];

    /// <summary>Reads the header into an actor, or says what is wrong with it (without echoing it: it is a credential's contents).</summary>
    public static bool TryParse(string? header, [NotNullWhen(true)] out Actor? actor, [NotNullWhen(false)] out string? problem)
    {
        actor = null;
        if (string.IsNullOrWhiteSpace(header))
        {
            problem = "the header is empty";
            return false;
        }

        if (header.Length > MaxHeaderLength)
        {
            problem = $"the header is longer than {MaxHeaderLength / 1024} KiB";
            return false;
        }

        byte[] json;
        try
        {
            json = Convert.FromBase64String(header.Trim());
        }
        catch (FormatException)
        {
            problem = "the header is not base64";
            return false;
        }

        var claims = new List<(string Type, string Value)>();
        string? nameType;
        string? roleType;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                problem = "the header's JSON has no 'claims' array";
                return false;
            }

            nameType = StringProperty(root, "name_typ");
            roleType = StringProperty(root, "role_typ");
            foreach (var claim in list.EnumerateArray())
            {
                if (StringProperty(claim, "typ") is { } type && StringProperty(claim, "val") is { } value)
                {
                    claims.Add((type, value));
                }
            }
        }
        catch (JsonException)
        {
            problem = "the header is not JSON";
            return false;
        }
        catch (DecoderFallbackException)
        {
            problem = "the header is not UTF-8";
            return false;
        }

        var id = First(claims, IdClaims);
        if (id is null)
        {
            problem = "the header names no object id ('oid') or subject";
            return false;
        }

        var nameTypes = nameType is null ? NameClaims : [NameClaims[0], nameType, .. NameClaims[1..]];
        var name = First(claims, nameTypes) ?? (First(claims, AppIdClaims) is { } appId ? $"app {appId}" : id);
        var roleTypes = roleType is null ? RoleClaims : [roleType, .. RoleClaims];
        var roles = AppRoles.None;
        foreach (var value in claims.Where(c => roleTypes.Contains(c.Type, StringComparer.OrdinalIgnoreCase)).SelectMany(c => RoleValues(c.Value)))
        {
            if (AppRoleNames.TryParse(value, out var role))
            {
                roles |= role;
            }
        }

        actor = new Actor { Id = id, Name = name, Roles = roles };
        problem = null;
        return true;
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? First(List<(string Type, string Value)> claims, IEnumerable<string> types)
    {
        foreach (var type in types)
        {
            foreach (var claim in claims)
            {
                if (string.Equals(claim.Type, type, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(claim.Value))
                {
                    return claim.Value.Trim();
                }
            }
        }

        return null;
    }

    // One role a claim; some token handlers put a JSON array in one claim instead.
    private static string[] RoleValues(string value)
    {
        if (!value.TrimStart().StartsWith('['))
        {
            return [value];
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(value) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

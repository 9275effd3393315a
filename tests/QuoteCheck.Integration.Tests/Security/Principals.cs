using System.Text.Json;

namespace QuoteCheck.Integration.Tests.Security;

/// <summary>
/// X-MS-CLIENT-PRINCIPAL values as App Service authentication builds them (base64 of
/// <c>{"auth_typ", "claims": [{"typ", "val"}], "name_typ", "role_typ"}</c>, claim types after its default mapping),
/// written out here independently of the app's parser.
/// </summary>
public static class Principals
{
    public const string AliceId = "a11ce000-0000-4000-8000-000000000001";
    public const string BobId = "b0b00000-0000-4000-8000-000000000002";
    public const string EdithId = "ed170000-0000-4000-8000-000000000003";
    public const string WireFeedId = "5e7f1ce0-0000-4000-8000-000000000004";

    /// <summary>Alice, a fact-checker.</summary>
    public static string Alice { get; } = User(AliceId, "alice@newsroom.example", "Reviewer");

    /// <summary>Bob, another fact-checker.</summary>
    public static string Bob { get; } = User(BobId, "bob@newsroom.example", "Reviewer");

    /// <summary>Edith, an editor.</summary>
    public static string Edith { get; } = User(EdithId, "edith@newsroom.example", "Editor");

    /// <summary>A signed-in member of the tenant without any QuoteCheck role.</summary>
    public static string Guest { get; } = User("9e570000-0000-4000-8000-000000000005", "guest@newsroom.example");

    /// <summary>A wire-feed tool: a service principal holding the Submitter role, calling with a client-credentials token.</summary>
    public static string WireFeed { get; } = Encode(
        [
            ("http://schemas.microsoft.com/identity/claims/objectidentifier", WireFeedId),
            ("appid", "0a9f0000-0000-4000-8000-00000000feed"),
            ("roles", "Submitter"),
        ]);

    /// <summary>A person as App Service passes them on after an interactive Entra sign-in.</summary>
    public static string User(string objectId, string upn, params string[] roles) => Encode(
        [
            ("aud", "11111111-2222-3333-4444-555555555555"),
            ("http://schemas.microsoft.com/identity/claims/tenantid", "72f988bf-0000-4000-8000-000000000000"),
            ("http://schemas.microsoft.com/identity/claims/objectidentifier", objectId),
            ("name", upn.Split('@')[0]),
            ("preferred_username", upn),
            ("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier", "pairwise-" + objectId),
            .. roles.Select(role => ("roles", role)),
        ]);

    public static string Encode(IEnumerable<(string Type, string Value)> claims) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["auth_typ"] = "aad",
            ["claims"] = claims.Select(c => new Dictionary<string, string> { ["typ"] = c.Type, ["val"] = c.Value }).ToList(),
            ["name_typ"] = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            ["role_typ"] = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
        }));
}

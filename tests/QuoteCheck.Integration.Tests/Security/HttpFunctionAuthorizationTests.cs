using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Functions.ClaimReviews;
using QuoteCheck.Functions.Desk;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.OpenApi;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Integration.Tests.Security;

/// <summary>
/// App Service authentication is the door in Azure and the app reads who is asking from it: a function that also wanted
/// a function key would refuse the signed-in desk and every tool (no key is handed out). No I/O beyond reading the Bicep:
/// reflection only, here because this project is the one that references the Functions app.
/// </summary>
public sealed partial class HttpFunctionAuthorizationTests
{
    /// <summary>The only functions a caller reaches without signing in: the desk's static files, the API's description and the published fact checks.</summary>
    private static readonly string[] Public = [nameof(GetDesk), nameof(GetDeskFile), nameof(GetOpenApi), nameof(ListClaimReviews), nameof(GetPublishedClaimReview)];

    [Fact]
    public void EveryHttpFunction_IsAnonymousAtTheFunctionsLevel()
    {
        var functions = FunctionRoutes.FindHttpFunctions(typeof(IngestArticle).Assembly).ToList();

        Assert.NotEmpty(functions);
        var keyed = functions.Where(f => f.Trigger.AuthLevel != AuthorizationLevel.Anonymous).Select(f => $"{f.Type.Name} ({f.Trigger.AuthLevel})").ToList();
        Assert.True(keyed.Count == 0, $"These HTTP functions want a function key: {string.Join(", ", keyed)}");
    }

    [Fact]
    public void TheSignInExclusionsInInfra_AndTheOpenApiDocument_ReachExactlyThePublicFunctions()
    {
        var root = RepositoryRoot.Find()!;
        var bicep = File.ReadAllText(Path.Combine(root, "infra", "modules", "function-app.bicep"));
        var block = ExcludedPathsBlock().Match(bicep);
        Assert.True(block.Success, "function-app.bicep sets no excludedPaths.");
        var excluded = QuotedString().Matches(block.Groups[1].Value).Select(m => m.Groups[1].Value).ToList();

        // App Service matches an exclusion as a path, or as a prefix when it ends in '/*'. A route parameter is any one segment.
        static bool Reaches(string exclusion, string route) => exclusion.EndsWith("/*", StringComparison.Ordinal)
            ? route.StartsWith(exclusion[..^1], StringComparison.Ordinal)
            : string.Equals(route, exclusion, StringComparison.Ordinal);
        var reached = FunctionRoutes.FindHttpFunctions(typeof(IngestArticle).Assembly)
            .Where(f => excluded.Any(e => Reaches(e, $"/{FunctionRoutes.RoutePrefix}/{f.Trigger.Route}")))
            .Select(f => f.Type.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Public.Order(StringComparer.Ordinal), reached);

        // The OpenAPI document says the same: exactly these operations need no security.
        using var openApi = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "functions", "QuoteCheck.Functions", "OpenApi", "openapi.json")));
        var open = openApi.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.TryGetProperty("security", out var security) && security.GetArrayLength() == 0)
            .Select(operation => operation.Value.GetProperty("operationId").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(Public.Order(StringComparer.Ordinal), open);
    }

    [GeneratedRegex(@"excludedPaths:\s*\[(.*?)\]", RegexOptions.Singleline)]
    private static partial Regex ExcludedPathsBlock();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex QuotedString();
}

using System.Text.Json;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Integration.Tests.Api;

/// <summary>The served OpenAPI document describes exactly the HTTP functions there are.</summary>
public sealed class OpenApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task OpenApiDocument_ListsEveryHttpFunction_WithItsMethodAndRoute()
    {
        using var document = JsonDocument.Parse(await host.Http.GetStringAsync("api/openapi.json", TestContext.Current.CancellationToken));

        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name} {operation.Value.GetProperty("operationId").GetString()}"))
            .Order(StringComparer.Ordinal);
        var served = FunctionRoutes.FindHttpFunctions(typeof(IngestArticle).Assembly)
            .SelectMany(f => f.Trigger.Methods!.Select(m => $"{m.ToUpperInvariant()} /{f.Trigger.Route} {f.Method.DeclaringType!.Name}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(served, documented);
    }
}

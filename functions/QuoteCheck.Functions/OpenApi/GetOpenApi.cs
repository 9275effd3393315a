using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.Functions.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: the API description (committed, and tested against the function routes).</summary>
public sealed class GetOpenApi
{
    private static readonly Lazy<string> Document = new(() =>
    {
        using var stream = typeof(GetOpenApi).Assembly.GetManifestResourceStream("QuoteCheck.Functions.OpenApi.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The document, as JSON.</summary>
    [Function(nameof(GetOpenApi))]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        Results.Text(Document.Value, "application/json");
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Quotes;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Review;

/// <summary>Client-side helpers for the review API.</summary>
public static class ReviewApi
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Ingests the seed article under <paramref name="articleId"/> and returns its quotes.</summary>
    public static async Task<IReadOnlyList<QuoteResponse>> IngestSeedAsync(this LocalHostFixture host, string articleId, string? body = null)
    {
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id = articleId, body = body ?? Seeds.IdlibArticle });
        await host.Get<IngestArticle>().Run(QueuesModelFactory.QueueMessage("m-" + articleId, "pop", new BinaryData(message), 1), Cancel);
        return (await host.Http.GetArticleAsync(articleId))!.Quotes;
    }

    /// <summary>
    /// Posts a transition. In local mode <paramref name="user"/> and <paramref name="roles"/> are the typed identity
    /// (X-QuoteCheck-User, X-QuoteCheck-Roles); <paramref name="principal"/> is an X-MS-CLIENT-PRINCIPAL value, as App Service sets it.
    /// </summary>
    public static async Task<HttpResponseMessage> TransitionAsync(this HttpClient http, QuoteResponse quote, string action, string? etag = null, object? body = null, string? user = null, string? roles = null, string? principal = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/quotes/{quote.ArticleId}/{quote.QuoteId}/transitions")
        {
            Content = JsonContent.Create(body ?? new { action, reviewer = "rita@desk" }),
        };
        if ((etag ?? quote.ETag) is { } tag)
        {
            request.Headers.TryAddWithoutValidation("If-Match", tag);
        }

        if (user is not null)
        {
            request.Headers.Add("X-QuoteCheck-User", Uri.EscapeDataString(user));
        }

        if (roles is not null)
        {
            request.Headers.Add("X-QuoteCheck-Roles", roles);
        }

        if (principal is not null)
        {
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        }

        return await http.SendAsync(request, Cancel);
    }

    public static async Task<QuoteResponse> ReadQuoteAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<QuoteResponse>(JsonSerializerOptions.Web, Cancel))!;

    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel))!;
    }

    public static async Task<QuoteResponse> GetQuoteAsync(this HttpClient http, QuoteResponse quote)
    {
        using var response = await http.GetAsync($"api/quotes/{quote.ArticleId}/{quote.QuoteId}", Cancel);
        response.EnsureSuccessStatusCode();
        return await response.ReadQuoteAsync();
    }

    public static EntityTagHeaderValue? ETagOf(HttpResponseMessage response) => response.Headers.ETag;
}

using System.Net.Http.Json;
using System.Text.Json;
using QuoteCheck.Functions.Articles;
using QuoteCheck.Functions.Quotes;

namespace QuoteCheck.Integration.Tests.Infrastructure;

/// <summary>Reads the HTTP API the way a client would.</summary>
public static class ApiClient
{
    public static async Task<ArticleResponse?> GetArticleAsync(this HttpClient http, string articleId)
    {
        using var response = await http.GetAsync($"api/articles/{articleId}", TestContext.Current.CancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ArticleResponse>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken);
    }

    public static async Task<QuotePageResponse> ListQuotesAsync(this HttpClient http, string query)
    {
        using var response = await http.GetAsync($"api/quotes?{query}", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<QuotePageResponse>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;

namespace QuoteCheck.Integration.Tests.Api;

/// <summary>Every error the API gives is RFC 9457 problem+json with a type, including requests no function answers.</summary>
public sealed class ProblemTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("api/no-such-thing")]
    [InlineData("api/quotes/a/b/c/d/e")]
    [InlineData("elsewhere")]
    public async Task UnknownRoute_Gets404Problem_SayingWhereTheRoutesAreListed(string path)
    {
        using var response = await host.Http.GetAsync(path, Cancel);

        var problem = await ReadProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.5", problem.GetProperty("type").GetString());
        Assert.Contains($"GET /{path}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("/api/openapi.json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongMethod_Gets405Problem_NamingTheAllowedOnes()
    {
        using var response = await host.Http.DeleteAsync("api/articles", Cancel);

        var problem = await ReadProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.6", problem.GetProperty("type").GetString());
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
        Assert.Equal(["GET", "POST"], problem.GetProperty("allowedMethods").EnumerateArray().Select(m => m.GetString()).Order());
    }

    [Fact]
    public async Task MissingIfMatch_Gets428Problem_WithItsType()
    {
        var quote = (await host.IngestSeedAsync("problem-428"))[0];

        using var response = await host.Http.TransitionAsync(quote with { ETag = null }, "claim", etag: null);

        var problem = await ReadProblemAsync(response, (HttpStatusCode)428);
        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-3", problem.GetProperty("type").GetString());
        Assert.Equal("New", problem.GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task TooLargeArticle_Gets413Problem_WithItsType()
    {
        using var response = await host.Http.PostAsJsonAsync("api/articles", new { body = new string('x', 1_000_001) }, Cancel);

        var problem = await ReadProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.14", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OversizedTransitionBody_Gets400_WhetherOrNotItsLengthIsDeclared(bool declared)
    {
        var quote = (await host.IngestSeedAsync(declared ? "problem-big-declared" : "problem-big-chunked"))[0];
        var note = new string('n', 200 * 1024);
        var json = Encoding.UTF8.GetBytes($"{{\"action\":\"claim\",\"note\":\"{note}\"}}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/quotes/{quote.ArticleId}/{quote.QuoteId}/transitions")
        {
            Content = declared ? new ByteArrayContent(json) : new UndeclaredLengthContent(json),
        };
        request.Headers.TryAddWithoutValidation("If-Match", quote.ETag);

        using var response = await host.Http.SendAsync(request, Cancel);

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("larger than 128 KiB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("New", (await host.Http.GetQuoteAsync(quote)).State);
    }

    [Fact]
    public async Task BadRequest_Gets400Problem_WithItsType()
    {
        using var response = await host.Http.PostAsync("api/articles", new StringContent("{\"body\": ", Encoding.UTF8, "application/json"), Cancel);

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.1", problem.GetProperty("type").GetString());
    }

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>A body sent chunked, with no Content-Length: the server finds its size only by reading.</summary>
    private sealed class UndeclaredLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

using System.Net;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;

namespace QuoteCheck.Integration.Tests.Security;

/// <summary>A review write names the one version it was decided on: <c>*</c> and malformed ETags are refused, never taken as a match.</summary>
public sealed class IfMatchTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task IfMatchStar_Gets428WithTheCurrentETag_AndChangesNothing()
    {
        var quote = (await host.IngestSeedAsync("ifmatch-star"))[0];

        using var response = await host.Http.TransitionAsync(quote, "claim", etag: "*");

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("If-Match: * would apply the action to whatever the quote has become", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(quote.ETag, problem.GetProperty("currentETag").GetString());
        Assert.Equal("New", (await host.Http.GetQuoteAsync(quote)).State);
    }

    [Theory]
    [InlineData("abc", "must be an entity tag in double quotes")]
    [InlineData("W/abc", "must be an entity tag in double quotes")]
    [InlineData("\"unterminated", "no closing double quote")]
    [InlineData("\"a b\"", "only visible characters")]
    [InlineData("\"a\", \"b\"", "lists several ETags")]
    [InlineData("\"a\" junk", "characters after its closing double quote")]
    [InlineData("*, \"a\"", "must be an entity tag in double quotes")]
    [InlineData("", "If-Match is empty")]
    public async Task AMalformedIfMatch_Gets400SayingWhatAValidOneLooksLike(string header, string complaint)
    {
        var quote = (await host.IngestSeedAsync("ifmatch-malformed"))[0];

        using var response = await host.Http.TransitionAsync(quote, "claim", etag: header);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.ReadProblemAsync()).GetProperty("detail").GetString();
        Assert.Contains(complaint, detail, StringComparison.Ordinal);
        Assert.Contains("for example: If-Match: W/\"datetime'", detail, StringComparison.Ordinal);
        Assert.Equal("New", (await host.Http.GetQuoteAsync(quote)).State);
    }

    [Fact]
    public async Task TheETagWithoutItsWeakMarker_IsAnotherTag_AndGets412()
    {
        var quote = (await host.IngestSeedAsync("ifmatch-strong"))[0];
        Assert.StartsWith("W/", quote.ETag, StringComparison.Ordinal);

        using var response = await host.Http.TransitionAsync(quote, "claim", etag: quote.ETag![2..]);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("New", (await host.Http.GetQuoteAsync(quote)).State);
    }
}

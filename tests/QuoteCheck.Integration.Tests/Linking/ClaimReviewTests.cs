using System.Net;
using System.Text.Json;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;

namespace QuoteCheck.Integration.Tests.Linking;

/// <summary>Published verdicts as schema.org ClaimReview: the fields Google's Fact Check markup requires and recommends, and nothing unpublished.</summary>
public sealed class ClaimReviewTests(PublishingHostFixture host) : LinkingTestBase(host), IClassFixture<PublishingHostFixture>
{
    private async Task<JsonElement> GetJsonAsync(string path, string mediaType)
    {
        using var response = await Host.Http.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();
    }

    [Fact]
    public async Task APublishedQuote_HasAClaimReview_WithEveryRequiredAndRecommendedField_AndItsAppearances()
    {
        var seed = await IngestAsync("cr-seed", Seeds.IdlibArticle, "https://news.example.com/idlib", "Erdogan to meet Putin");
        var wire = await IngestAsync("cr-wire", WireStory, "https://wire.example.com/moscow", "Erdogan flies to Moscow");
        var origin = await LinkedAsync(Erdogan(seed), 1);
        var claimed = await (await Host.Http.TransitionAsync(origin, "claim")).ReadQuoteAsync();
        var verified = await (await Host.Http.TransitionAsync(claimed, "verify")).ReadQuoteAsync();
        using var published = await Host.Http.TransitionAsync(verified, "publish", body: new { action = "publish" }, user: "ed@desk", roles: "Editor");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var review = await GetJsonAsync($"api/quotes/{origin.ArticleId}/{origin.QuoteId}/claimreview", "application/ld+json");

        // Required by Google's Fact Check markup.
        Assert.Equal("https://schema.org", review.GetProperty("@context").GetString());
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal(origin.Text, review.GetProperty("claimReviewed").GetString());
        Assert.Equal("Accurate", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal("Rating", review.GetProperty("reviewRating").GetProperty("@type").GetString());
        Assert.Equal($"https://factcheck.example.org/quotes/{origin.ArticleId}/{origin.QuoteId}", review.GetProperty("url").GetString());

        // Recommended.
        Assert.Equal(("Organization", PublishingHostFixture.Organization), (review.GetProperty("author").GetProperty("@type").GetString(), review.GetProperty("author").GetProperty("name").GetString()));
        Assert.True(DateTimeOffset.TryParse(review.GetProperty("datePublished").GetString(), out _));
        var claim = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal(("Person", "Recep Tayyip Erdogan"), (claim.GetProperty("author").GetProperty("@type").GetString(), claim.GetProperty("author").GetProperty("name").GetString()));
        Assert.Equal("2020-03-02T10:00:00Z", claim.GetProperty("datePublished").GetString());
        Assert.Equal("https://news.example.com/idlib", claim.GetProperty("firstAppearance").GetProperty("url").GetString());
        Assert.Equal(
            ["https://news.example.com/idlib", "https://wire.example.com/moscow"],
            claim.GetProperty("appearance").EnumerateArray().Select(a => a.GetProperty("url").GetString()).Order(StringComparer.Ordinal));

        // The public address answers the same document.
        var published2 = await GetJsonAsync($"api/claimreview/{origin.ArticleId}/{origin.QuoteId}", "application/ld+json");
        Assert.Equal(review.ToString(), published2.ToString());

        var feed = await GetJsonAsync("api/claimreview", "application/json");
        var entry = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal(review.GetProperty("url").GetString(), entry.GetProperty("url").GetString());
        Assert.Equal(review.GetProperty("claimReviewed").GetString(), entry.GetProperty("claimReviewed").GetString());
        Assert.Equal(2, entry.GetProperty("itemReviewed").GetProperty("appearance").GetArrayLength());
        _ = wire;
    }

    [Fact]
    public async Task NothingUnpublishedLeaks_NotByQuoteNorInTheFeed()
    {
        var seed = await IngestAsync(
            "cr-unpublished",
            "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\"Our militaries are in constant contact,\" Peskov said. \"We expect the talks to be long and difficult,\" he added.\n",
            "https://news.example.com/other",
            "Other");
        var peskov = seed.Single(q => q.Text.StartsWith("Our militaries", StringComparison.Ordinal));
        var claimed = await (await Host.Http.TransitionAsync(peskov, "claim")).ReadQuoteAsync();
        var verified = await (await Host.Http.TransitionAsync(claimed, "verify")).ReadQuoteAsync();

        foreach (var quote in new[] { verified, seed.Single(q => q.QuoteId != peskov.QuoteId) })
        {
            foreach (var path in new[] { $"api/quotes/{quote.ArticleId}/{quote.QuoteId}/claimreview", $"api/claimreview/{quote.ArticleId}/{quote.QuoteId}" })
            {
                using var response = await Host.Http.GetAsync(path, Cancel);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }

        using var unknown = await Host.Http.GetAsync("api/quotes/cr-unpublished/0000000-00000000/claimreview", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var feed = await GetJsonAsync("api/claimreview?pageSize=100", "application/json");
        Assert.DoesNotContain(feed.GetProperty("items").EnumerateArray(), e => e.GetProperty("identifier").GetString()!.StartsWith("cr-unpublished/", StringComparison.Ordinal));
    }
}

/// <summary>Without a publishing organisation configured, the ClaimReview endpoints say what to set.</summary>
public sealed class ClaimReviewNotConfiguredTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task ClaimReviewEndpoints_Answer503_NamingTheSettings()
    {
        using var response = await host.Http.GetAsync("api/claimreview", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("QuoteCheck__ClaimReview__OrganizationName", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

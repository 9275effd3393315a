using System.Globalization;
using System.Text.Json.Nodes;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.ClaimReviews;

/// <summary>An article the claim appeared in.</summary>
/// <param name="Url">Where it was published.</param>
/// <param name="Headline">Its title.</param>
/// <param name="Publisher">Its outlet.</param>
/// <param name="DatePublished">When it was published (or, without that, when QuoteCheck first saw it).</param>
public sealed record ClaimAppearance(string Url, string? Headline, string? Publisher, DateTimeOffset? DatePublished);

/// <summary>The organisation that publishes the fact checks.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Url">Its site.</param>
/// <param name="LogoUrl">Its logo.</param>
public sealed record ClaimReviewPublisher(string Name, string? Url, string? LogoUrl);

/// <summary>What a published fact check says about one quote.</summary>
/// <param name="ClaimText">The quote's words.</param>
/// <param name="Speaker">Its canonical speaker, the claim's author.</param>
/// <param name="Verdict">The verdict (Verified, Misattributed or Misquoted: what can be published).</param>
/// <param name="ReviewedAt">When the fact check was published.</param>
/// <param name="ReviewUrl">The page of the fact check.</param>
/// <param name="Appearances">The articles the claim appeared in, first appearance first.</param>
/// <param name="CorrectedSpeaker">Who really said it, for Misattributed.</param>
/// <param name="CorrectedText">What was really said, for Misquoted.</param>
public sealed record ClaimReviewInput(
    string ClaimText,
    string? Speaker,
    ReviewState Verdict,
    DateTimeOffset ReviewedAt,
    string ReviewUrl,
    IReadOnlyList<ClaimAppearance> Appearances,
    string? CorrectedSpeaker,
    string? CorrectedText);

/// <summary>
/// schema.org <c>ClaimReview</c> JSON-LD for a published quote, with the properties Google's Fact Check markup
/// requires (<c>claimReviewed</c>, <c>reviewRating.alternateName</c>, <c>url</c>) and recommends (<c>author</c>,
/// <c>datePublished</c>, <c>itemReviewed</c> as a <c>Claim</c> with its <c>author</c>, <c>datePublished</c>,
/// <c>firstAppearance</c> and <c>appearance</c>).
/// </summary>
public static class ClaimReviewDocument
{
    /// <summary>Builds the document; <paramref name="ratingWords"/> is the verdict in the desk's words ("Accurate").</summary>
    public static JsonObject Build(ClaimReviewInput input, ClaimReviewPublisher publisher, string ratingWords)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentException.ThrowIfNullOrWhiteSpace(ratingWords);

        var author = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Name };
        if (publisher.Url is { } site)
        {
            author["url"] = site;
        }

        if (publisher.LogoUrl is { } logo)
        {
            author["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = logo };
        }

        var rating = new JsonObject { ["@type"] = "Rating", ["alternateName"] = ratingWords, ["name"] = ratingWords };
        if (Explanation(input) is { } explanation)
        {
            rating["ratingExplanation"] = explanation;
        }

        var claim = new JsonObject { ["@type"] = "Claim" };
        if (!string.IsNullOrWhiteSpace(input.Speaker))
        {
            claim["author"] = new JsonObject { ["@type"] = SpeakerKinds.Classify(input.Speaker) == SpeakerKind.Organization ? "Organization" : "Person", ["name"] = input.Speaker };
        }

        var appearances = input.Appearances;
        if (appearances.Select(a => a.DatePublished).Where(d => d is not null).Min() is { } claimDate)
        {
            claim["datePublished"] = Date(claimDate);
        }

        if (appearances.Count > 0)
        {
            claim["firstAppearance"] = Work(appearances[0]);
            claim["appearance"] = new JsonArray([.. appearances.Select(a => (JsonNode)Work(a))]);
        }

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = input.ReviewUrl,
            ["claimReviewed"] = input.ClaimText,
            ["datePublished"] = Date(input.ReviewedAt),
            ["author"] = author,
            ["reviewRating"] = rating,
            ["itemReviewed"] = claim,
        };
    }

    private static string? Explanation(ClaimReviewInput input) => input.Verdict switch
    {
        ReviewState.Misattributed when input.CorrectedSpeaker is { } who => $"These words were said by {who}{(input.Speaker is { } speaker ? $", not {speaker}" : string.Empty)}.",
        ReviewState.Misquoted when input.CorrectedText is { } words => $"What was actually said: \u201c{words}\u201d",
        _ => null,
    };

    private static JsonObject Work(ClaimAppearance appearance)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork", ["url"] = appearance.Url };
        if (appearance.Headline is { } headline)
        {
            work["headline"] = headline;
        }

        if (appearance.Publisher is { } outlet)
        {
            work["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = outlet };
        }

        if (appearance.DatePublished is { } published)
        {
            work["datePublished"] = Date(published);
        }

        return work;
    }

    private static string Date(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

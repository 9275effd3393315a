using System.ComponentModel.DataAnnotations;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.ClaimReviews;

/// <summary>
/// How published verdicts appear as schema.org <c>ClaimReview</c>: the publishing organisation, the address of each
/// fact check's page, and the verdicts in the desk's words. Bound from <c>QuoteCheck:ClaimReview</c>.
/// </summary>
public sealed class ClaimReviewOptions : IValidatableObject
{
    /// <summary>The configuration section (<c>QuoteCheck__ClaimReview__OrganizationName</c> as an app setting).</summary>
    public const string SectionName = "QuoteCheck:ClaimReview";

    /// <summary>The publishing organisation (the review's <c>author</c>). Unset: the ClaimReview endpoints answer 503.</summary>
    [StringLength(200)]
    public string? OrganizationName { get; set; }

    /// <summary>The organisation's site.</summary>
    [Url]
    public string? OrganizationUrl { get; set; }

    /// <summary>The organisation's logo.</summary>
    [Url]
    public string? LogoUrl { get; set; }

    /// <summary>
    /// The page of one fact check (the review's <c>url</c>, which Google wants on the site that carries the markup), with
    /// <c>{articleId}</c> and <c>{quoteId}</c> in it: <c>https://factcheck.example.org/quotes/{articleId}/{quoteId}</c>.
    /// </summary>
    public string? UrlTemplate { get; set; }

    /// <summary>The verdict in the desk's words (<c>reviewRating.alternateName</c>); the published verdicts are Verified, Misattributed and Misquoted.</summary>
    public Dictionary<string, string> Ratings { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words when none are configured.</summary>
    public static IReadOnlyDictionary<ReviewState, string> DefaultRatings { get; } = new Dictionary<ReviewState, string>
    {
        [ReviewState.Verified] = "Accurate",
        [ReviewState.Misattributed] = "Misattributed",
        [ReviewState.Misquoted] = "Misquoted",
        [ReviewState.Unverifiable] = "Unverifiable",
        [ReviewState.NotAQuote] = "Not a quote",
    };

    /// <summary>True when fact checks can be published.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(OrganizationName) && !string.IsNullOrWhiteSpace(UrlTemplate);

    /// <summary>The words for <paramref name="verdict"/>.</summary>
    public string RatingFor(ReviewState verdict) =>
        Ratings.TryGetValue(verdict.ToString(), out var words) && !string.IsNullOrWhiteSpace(words) ? words : DefaultRatings.GetValueOrDefault(verdict, verdict.ToString());

    /// <summary>The page of one fact check.</summary>
    public string ReviewUrl(string articleId, string quoteId) =>
        UrlTemplate!.Replace("{articleId}", Uri.EscapeDataString(articleId), StringComparison.Ordinal).Replace("{quoteId}", Uri.EscapeDataString(quoteId), StringComparison.Ordinal);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(OrganizationName) != string.IsNullOrWhiteSpace(UrlTemplate))
        {
            yield return new ValidationResult("Set both QuoteCheck:ClaimReview:OrganizationName and QuoteCheck:ClaimReview:UrlTemplate, or neither.", [nameof(OrganizationName), nameof(UrlTemplate)]);
        }

        if (!string.IsNullOrWhiteSpace(UrlTemplate)
            && (!Uri.TryCreate(UrlTemplate.Replace("{articleId}", "a", StringComparison.Ordinal).Replace("{quoteId}", "q", StringComparison.Ordinal), UriKind.Absolute, out var url)
                || url.Scheme is not ("https" or "http")
                || !UrlTemplate.Contains("{articleId}", StringComparison.Ordinal)
                || !UrlTemplate.Contains("{quoteId}", StringComparison.Ordinal)))
        {
            yield return new ValidationResult("QuoteCheck:ClaimReview:UrlTemplate must be an absolute http(s) address containing {articleId} and {quoteId}.", [nameof(UrlTemplate)]);
        }

        foreach (var name in Ratings.Keys.Where(k => !ReviewStates.TryParse(k, out _)))
        {
            yield return new ValidationResult($"QuoteCheck:ClaimReview:Ratings:{name} names no review state.", [nameof(Ratings)]);
        }
    }
}

using QuoteCheck.Core.ClaimReviews;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Linking;

/// <summary>One quote of an identity as its members list shows it: enough to list it, link to it and act on it.</summary>
/// <param name="ArticleId">Its article.</param>
/// <param name="QuoteId">The quote.</param>
/// <param name="State">Where it stands in review.</param>
/// <param name="Revision">Its review revision (a member row never goes back to an older one).</param>
/// <param name="ETag">The quote's ETag when the row was written: what a verdict applied to it must send.</param>
/// <param name="Relation">How it joined the identity; null for the quote that started it.</param>
/// <param name="Speaker">Its canonical speaker.</param>
/// <param name="Text">Its words (the first 500 characters).</param>
/// <param name="ArticleTitle">The article's headline.</param>
/// <param name="ArticleSource">The article's outlet.</param>
/// <param name="ArticleUrl">Where the article was published.</param>
/// <param name="ArticlePublishedAt">When the article was published, as its producer said.</param>
/// <param name="ArticleFirstSeenAt">When QuoteCheck first saw the article (members are listed in this order: first appearance first).</param>
/// <param name="Decision">The transition that gave it its verdict, if it has one.</param>
/// <param name="Vanished">True when the article's latest version no longer has the quote.</param>
public sealed record IdentityMember(
    string ArticleId,
    string QuoteId,
    ReviewState State,
    int Revision,
    string? ETag,
    LinkRelation? Relation,
    string? Speaker,
    string Text,
    string? ArticleTitle,
    string? ArticleSource,
    string? ArticleUrl,
    DateTimeOffset? ArticlePublishedAt,
    DateTimeOffset ArticleFirstSeenAt,
    ReviewEvent? Decision,
    bool Vanished);

/// <summary>A page of an identity's members, first appearance first.</summary>
public sealed record MemberPage(IReadOnlyList<IdentityMember> Items, string? ContinuationToken);

/// <summary>A published fact check as the feed keeps it: the quote, its verdict, when it was published, and where the claim appeared.</summary>
/// <param name="ArticleId">The quote's article.</param>
/// <param name="QuoteId">The quote.</param>
/// <param name="Text">Its words.</param>
/// <param name="Speaker">Its canonical speaker.</param>
/// <param name="Verdict">The verdict published.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="CorrectedSpeaker">Who really said it (Misattributed).</param>
/// <param name="CorrectedText">What was really said (Misquoted).</param>
/// <param name="Appearances">The articles the claim appeared in, first appearance first.</param>
public sealed record PublishedClaim(
    string ArticleId,
    string QuoteId,
    string Text,
    string? Speaker,
    ReviewState Verdict,
    DateTimeOffset PublishedAt,
    string? CorrectedSpeaker,
    string? CorrectedText,
    IReadOnlyList<ClaimAppearance> Appearances);

/// <summary>A page of published fact checks, newest first.</summary>
public sealed record PublishedPage(IReadOnlyList<PublishedClaim> Items, string? ContinuationToken);

/// <summary>Reads identities and the published feed; every page is one storage query, and nothing here writes.</summary>
public interface ILinkStore
{
    /// <summary>The members of <paramref name="identityId"/>, first appearance first.</summary>
    Task<MemberPage> ListMembersAsync(string identityId, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Published fact checks, newest first.</summary>
    Task<PublishedPage> ListPublishedAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken);
}

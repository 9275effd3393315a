using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;

namespace QuoteCheck.Functions.Linking;

/// <summary>A linked quote in another place, as a quote's <c>matches</c> list it.</summary>
public sealed record MatchResponse(
    string ArticleId,
    string QuoteId,
    string State,
    string? Relation,
    string? Speaker,
    string Text,
    string? ArticleTitle,
    string? ArticleSource,
    string? ArticleUrl,
    DateTimeOffset? ArticlePublishedAt,
    DateTimeOffset ArticleFirstSeenAt,
    string? ETag,
    string? Verdict,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    bool Vanished)
{
    /// <summary>Maps a member row.</summary>
    public static MatchResponse From(IdentityMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(
            member.ArticleId,
            member.QuoteId,
            member.State.ToString(),
            member.Relation?.ToWireName() ?? "origin",
            member.Speaker,
            member.Text,
            member.ArticleTitle,
            member.ArticleSource,
            member.ArticleUrl,
            member.ArticlePublishedAt,
            member.ArticleFirstSeenAt,
            member.ETag,
            member.Decision?.To.ToString(),
            member.Decision?.Reviewer,
            member.Decision?.OccurredAt,
            member.Vanished);
    }
}

/// <summary>
/// A quote's matches: the other quotes of its identity (first appearance first, at most one page), how many there
/// are on that page, in how many other articles, and whether there are more (<c>GET .../matches</c> pages on).
/// </summary>
public sealed record MatchesResponse(string IdentityId, int Count, int ArticleCount, bool More, IReadOnlyList<MatchResponse> Items)
{
    /// <summary>The matches of <paramref name="quote"/> among <paramref name="members"/> (the first page of its identity).</summary>
    public static MatchesResponse From(Quote quote, IReadOnlyList<IdentityMember> members, bool more)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(members);
        var others = members.Where(m => !(m.ArticleId == quote.ArticleId && m.QuoteId == quote.QuoteId) && !(m.Vanished && !ExtractionMerge.IsDecided(m.State))).ToList();
        return new(
            quote.Link?.IdentityId ?? string.Empty,
            others.Count,
            others.Where(m => m.ArticleId != quote.ArticleId).Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(),
            more,
            others.Select(MatchResponse.From).ToList());
    }
}

/// <summary>"previously decided: Verified by rita on 2020-03-02": a verdict already given on a quote this one matches when it arrived.</summary>
public sealed record PreviouslyDecidedResponse(string Verdict, string Reviewer, DateTimeOffset At, string ArticleId, string QuoteId, string Text)
{
    /// <summary>Maps the mark, or null.</summary>
    public static PreviouslyDecidedResponse? From(PriorDecision? prior) =>
        prior is null ? null : new(prior.Verdict.ToString(), prior.Reviewer, prior.DecidedAt, prior.ArticleId, prior.QuoteId, prior.Describe());
}

/// <summary>A page of a quote's matches.</summary>
public sealed record MatchPageResponse(string IdentityId, IReadOnlyList<MatchResponse> Items, string? ContinuationToken);

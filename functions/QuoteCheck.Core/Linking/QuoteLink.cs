using System.Globalization;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Linking;

/// <summary>
/// Where linking put a quote: the identity (the group of the same quote across articles) it belongs to, how it
/// relates to it, and what linking found out for the reviewer. Kept beside the quote row, never in it, so linking
/// never changes a quote's ETag under a reviewer.
/// </summary>
public sealed record QuoteLink
{
    /// <summary>The identity: the <see cref="QuoteLinker.RefOf">ref</see> of the quote that started it.</summary>
    public required string IdentityId { get; init; }

    /// <summary>How the quote joined its identity; null when it started it.</summary>
    public LinkRelation? Relation { get; init; }

    /// <summary>The exact key of the text that was linked (a quote is linked again when it no longer matches).</summary>
    public required string FingerprintKey { get; init; }

    /// <summary>The canonical speaker the quote was linked with (short quotes link per speaker).</summary>
    public string? LinkedSpeaker { get; init; }

    /// <summary>The speaker key under which the quote is listed in the speakers index, when it is.</summary>
    public string? ListedSpeakerKey { get; init; }

    /// <summary>A verdict already given on a quote of the same identity when this one arrived.</summary>
    public PriorDecision? PriorDecision { get; init; }

    /// <summary>When the quote was linked.</summary>
    public DateTimeOffset LinkedAt { get; init; }

    /// <summary>
    /// On the quote that started its identity: another quote has joined it. Each joining quote sets it before it lists
    /// itself among the identity's members, so a quote that started its identity and is not shared has no matches, and
    /// reading it needs no look at the members.
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>True when the quote <paramref name="quoteRef"/> (its own ref) is alone in its identity, as far as linking has recorded.</summary>
    public bool IsAlone(string quoteRef) => !Shared && string.Equals(IdentityId, quoteRef, StringComparison.Ordinal);

    /// <summary>The storage ETag of the link row.</summary>
    public string? ETag { get; init; }
}

/// <summary>A verdict another quote of the same identity already had when a quote arrived: "previously decided: Verified by rita on 2020-03-02".</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Reviewer">Who gave it.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="ArticleId">The article of the quote it was given on.</param>
/// <param name="QuoteId">That quote.</param>
public sealed record PriorDecision(ReviewState Verdict, string Reviewer, DateTimeOffset DecidedAt, string ArticleId, string QuoteId)
{
    /// <summary>The mark a reviewer sees.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"previously decided: {Verdict} by {Reviewer} on {DecidedAt:yyyy-MM-dd}");
}

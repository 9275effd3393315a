namespace QuoteCheck.Core.Linking;

/// <summary>
/// A quote already known to the link index, as a lookup by exact key or by anchor returns it: the identity it belongs
/// to and what is needed to compare it (its normalized words and speaker).
/// </summary>
/// <param name="QuoteRef">Which quote the entry is (so a quote never matches its own entries).</param>
/// <param name="IdentityId">The identity (the group of linked quotes) it belongs to, or its own provisional one.</param>
/// <param name="IdentitySince">When that identity was created: the oldest identity wins when a quote matches several.</param>
/// <param name="Fingerprint">Its fingerprint, rebuilt from the normalized words stored with it.</param>
/// <param name="Speaker">Its canonical speaker.</param>
/// <param name="Final">False while the quote's own linking is still deciding (its identity may yet change).</param>
/// <param name="WrittenAt">When the row was written, to tell a decision in progress from one whose writer died.</param>
/// <param name="SharedAnchors">How many of the new quote's anchors found it; the best-anchored candidates are compared first.</param>
public sealed record LinkCandidate(string QuoteRef, string IdentityId, DateTimeOffset IdentitySince, QuoteFingerprint Fingerprint, string? Speaker, bool Final, DateTimeOffset WrittenAt, int SharedAnchors = 0);

/// <summary>A candidate the rule links with, and how.</summary>
public sealed record LinkMatch(LinkCandidate Candidate, LinkRelation Relation, QuoteSimilarity Similarity);

/// <summary>What linking decides for a quote.</summary>
public abstract record LinkChoice
{
    private LinkChoice()
    {
    }

    /// <summary>Join an existing identity, related to it as <paramref name="Relation"/> (the strongest link to a member).</summary>
    public sealed record Join(string IdentityId, DateTimeOffset IdentitySince, LinkRelation Relation, LinkMatch Best) : LinkChoice;

    /// <summary>Start an identity of its own: nothing known matches.</summary>
    public sealed record Own : LinkChoice;

    /// <summary>A matching quote is still being linked; decide again shortly, so both end in one identity.</summary>
    public sealed record Wait(LinkMatch Pending) : LinkChoice;
}

/// <summary>
/// Chooses a quote's identity from the candidates the index returned. Pure, so the table-backed linker and the
/// evaluation's in-memory index decide exactly alike.
/// </summary>
/// <remarks>
/// A quote joins the oldest identity among those it matches; identities are never merged, so a quote that matches
/// two identities links with the older one only (bounded work: no re-keying of large groups). Writers publish a
/// provisional entry before they look up, so two matching quotes linked at the same moment see at least one of each
/// other: the one with the larger ref waits for the smaller to finish (the smaller goes ahead), and stale provisional
/// entries, whose writers died, are settled by agreeing on the smaller identity id.
/// </remarks>
public static class QuoteLinking
{
    /// <summary>The most candidates compared in full for one quote (the best-anchored first).</summary>
    public const int MaxCompared = 32;

    /// <summary>The candidates that <paramref name="fingerprint"/> links with, at most <see cref="MaxCompared"/> compared.</summary>
    public static IReadOnlyList<LinkMatch> Match(QuoteFingerprint fingerprint, string? speaker, IEnumerable<LinkCandidate> candidates, LinkThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(candidates);
        var matches = new List<LinkMatch>();
        var compared = candidates
            .GroupBy(c => (c.IdentityId, c.Fingerprint.Key))
            .Select(g => g.First() with { SharedAnchors = g.Max(c => c.SharedAnchors), Final = g.All(c => c.Final) })
            .OrderByDescending(c => c.SharedAnchors)
            .ThenBy(c => c.IdentitySince)
            .ThenBy(c => c.IdentityId, StringComparer.Ordinal)
            .Take(MaxCompared);
        foreach (var candidate in compared)
        {
            if (QuoteMatcher.Relate(fingerprint, speaker, candidate.Fingerprint, candidate.Speaker, thresholds) is { } relation)
            {
                matches.Add(new LinkMatch(candidate, relation, fingerprint.CompareTo(candidate.Fingerprint)));
            }
        }

        return matches;
    }

    /// <summary>The identity for a quote with <paramref name="matches"/>.</summary>
    /// <param name="ownIdentityId">The id the quote's own identity would have.</param>
    /// <param name="matches">What <see cref="Match"/> returned.</param>
    /// <param name="now">The current time.</param>
    /// <param name="pendingTimeout">How long a provisional entry is waited for before its writer is taken to have died.</param>
    public static LinkChoice Choose(string ownIdentityId, IReadOnlyList<LinkMatch> matches, DateTimeOffset now, TimeSpan pendingTimeout)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var final = matches.Where(m => m.Candidate.Final).ToList();
        if (final.Count > 0)
        {
            var oldest = final
                .OrderBy(m => m.Candidate.IdentitySince)
                .ThenBy(m => m.Candidate.IdentityId, StringComparer.Ordinal)
                .First().Candidate;
            var best = Best(final.Where(m => m.Candidate.IdentityId == oldest.IdentityId));
            return new LinkChoice.Join(oldest.IdentityId, oldest.IdentitySince, best.Relation, best);
        }

        if (matches.Count == 0)
        {
            return new LinkChoice.Own();
        }

        // Of two quotes being linked at the same moment, the one with the larger ref waits for the other to decide;
        // the smaller goes ahead as if the larger were not there yet (it will join the smaller's identity).
        if (matches.FirstOrDefault(m => now - m.Candidate.WrittenAt < pendingTimeout && string.CompareOrdinal(m.Candidate.QuoteRef, ownIdentityId) < 0) is { } fresh)
        {
            return new LinkChoice.Wait(fresh);
        }

        var stale = matches.Where(m => now - m.Candidate.WrittenAt >= pendingTimeout).ToList();
        if (stale.Count == 0)
        {
            return new LinkChoice.Own();
        }

        // Only provisional entries whose writers are gone: everyone agrees on the smallest id.
        var smallest = stale.Select(m => m.Candidate).OrderBy(c => c.IdentityId, StringComparer.Ordinal).First();
        if (string.CompareOrdinal(ownIdentityId, smallest.IdentityId) <= 0)
        {
            return new LinkChoice.Own();
        }

        var pick = Best(stale.Where(m => m.Candidate.IdentityId == smallest.IdentityId));
        return new LinkChoice.Join(smallest.IdentityId, smallest.IdentitySince, pick.Relation, pick);
    }

    private static LinkMatch Best(IEnumerable<LinkMatch> matches) =>
        matches.OrderByDescending(m => m.Relation.Strength()).ThenByDescending(m => m.Similarity.Resemblance).First();
}

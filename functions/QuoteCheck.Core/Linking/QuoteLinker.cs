using System.Security.Cryptography;
using System.Text;

namespace QuoteCheck.Core.Linking;

/// <summary>One quote's entry in the link index: who it is, the identity it belongs to, and what to compare it by.</summary>
/// <param name="QuoteRef">The quote (<see cref="QuoteLinker.RefOf"/>).</param>
/// <param name="IdentityId">Its identity.</param>
/// <param name="IdentitySince">When that identity was created.</param>
/// <param name="Fingerprint">Its fingerprint.</param>
/// <param name="Speaker">Its canonical speaker.</param>
public sealed record LinkEntry(string QuoteRef, string IdentityId, DateTimeOffset IdentitySince, QuoteFingerprint Fingerprint, string? Speaker);

/// <summary>
/// The link index as the linker sees it: lookups by exact key and by anchor, each bounded, and the writes that
/// publish a quote's entry. Table Storage implements it in the Functions app; an in-memory one serves the evaluation.
/// </summary>
public interface ILinkIndex
{
    /// <summary>Final entries whose normalized text is exactly <paramref name="key"/> (a bounded number). Never writes.</summary>
    Task<IReadOnlyList<LinkCandidate>> FindByKeyAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Entries sharing any of <paramref name="anchors"/>, each with <see cref="LinkCandidate.SharedAnchors"/> counted
    /// (a bounded number per anchor, so a phrase thousands of quotes share costs no more than a rare one). Never writes.
    /// </summary>
    Task<IReadOnlyList<LinkCandidate>> FindByAnchorsAsync(IReadOnlyList<ulong> anchors, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes <paramref name="entry"/> under each of its anchors, provisionally (while its identity is being decided)
    /// or finally; a final entry is also published under its exact key (<see cref="PublishKeyAsync"/>). Idempotent.
    /// </summary>
    Task PublishAsync(LinkEntry entry, bool final, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes <paramref name="entry"/> under its exact key and <see cref="QuoteLinker.ScopeOf"/>, unless an entry
    /// is already there (the first one stays: a reprint of a known text writes nothing). Idempotent.
    /// </summary>
    Task PublishKeyAsync(LinkEntry entry, CancellationToken cancellationToken);
}

/// <summary>Where linking left a quote.</summary>
public abstract record LinkOutcome
{
    private LinkOutcome()
    {
    }

    /// <summary>The quote belongs to <paramref name="IdentityId"/>; <paramref name="Relation"/> is null when it started that identity.</summary>
    public sealed record Linked(string IdentityId, DateTimeOffset IdentitySince, LinkRelation? Relation, LinkMatch? Best) : LinkOutcome;

    /// <summary>A matching quote is being linked at this moment: link this one again shortly.</summary>
    public sealed record Pending(LinkMatch Waiting) : LinkOutcome;
}

/// <summary>
/// Links one quote: an exact-key lookup first (the common case of a reprint: one read, nothing written), else its
/// anchors are published provisionally, looked up, compared (<see cref="QuoteLinking"/>), and published finally
/// under the identity chosen. Linear in the quote's length; every lookup is bounded.
/// </summary>
public sealed class QuoteLinker(ILinkIndex index, LinkThresholds thresholds, TimeProvider time)
{
    /// <summary>How long a provisional entry is waited for before its writer is taken to have died.</summary>
    public static readonly TimeSpan PendingTimeout = TimeSpan.FromSeconds(45);

    /// <summary>The thresholds in use.</summary>
    public LinkThresholds Thresholds => thresholds;

    /// <summary>
    /// Under which scope a text is published by exact key: one entry per text when it is long enough to be linked
    /// whoever said it, else one per speaker (their canonical name's words), so "Thank you very much" by two people
    /// stays two entries.
    /// </summary>
    public static string ScopeOf(QuoteFingerprint fingerprint, string? speaker, LinkThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (fingerprint.WordCount >= thresholds.MinWordsAnySpeaker)
        {
            return "*";
        }

        return string.IsNullOrWhiteSpace(speaker) ? "_" : "s:" + string.Join(' ', Evaluation.CanonicalNames.Words(speaker));
    }

    /// <summary>A short, stable name for a quote in the index (16 hex digits of a hash of its article and quote ids).</summary>
    public static string RefOf(string articleId, string quoteId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(quoteId);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(articleId + "/" + quoteId), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>Links the quote <paramref name="quoteRef"/> with text <paramref name="fingerprint"/> said by <paramref name="speaker"/>.</summary>
    public async Task<LinkOutcome> LinkAsync(string quoteRef, QuoteFingerprint fingerprint, string? speaker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quoteRef);
        ArgumentNullException.ThrowIfNull(fingerprint);
        var now = time.GetUtcNow();
        if (fingerprint.WordCount == 0)
        {
            return new LinkOutcome.Linked(quoteRef, now, null, null);
        }

        // A text seen before (a reprint, a redelivery, the same article submitted twice): its identity is known.
        var known = await index.FindByKeyAsync(fingerprint.Key, cancellationToken).ConfigureAwait(false);
        var self = known.FirstOrDefault(c => c.QuoteRef == quoteRef);
        var others = known.Where(c => c.QuoteRef != quoteRef).ToList();
        if (QuoteLinking.Choose(quoteRef, QuoteLinking.Match(fingerprint, speaker, others, thresholds), now, PendingTimeout) is LinkChoice.Join exact)
        {
            var scope = ScopeOf(fingerprint, speaker, thresholds);
            if (!known.Any(c => ScopeOf(c.Fingerprint, c.Speaker, thresholds) == scope))
            {
                // A short quote is known per speaker: publish this speaker's copy so their next one is found by key too.
                await index.PublishKeyAsync(new LinkEntry(quoteRef, exact.IdentityId, exact.IdentitySince, fingerprint, speaker), cancellationToken).ConfigureAwait(false);
            }

            return new LinkOutcome.Linked(exact.IdentityId, exact.IdentitySince, exact.Relation, exact.Best);
        }

        if (self is not null)
        {
            // Linked before, and nothing else has these exact words: it stays where it is.
            return new LinkOutcome.Linked(self.IdentityId, self.IdentitySince, null, null);
        }

        // Published before the lookup, so of two matching quotes linked at once, at least one sees the other.
        var own = new LinkEntry(quoteRef, quoteRef, now, fingerprint, speaker);
        await index.PublishAsync(own, final: false, cancellationToken).ConfigureAwait(false);
        var candidates = (await index.FindByAnchorsAsync(fingerprint.Anchors, cancellationToken).ConfigureAwait(false))
            .Where(c => c.QuoteRef != quoteRef);
        var matches = QuoteLinking.Match(fingerprint, speaker, candidates, thresholds);
        switch (QuoteLinking.Choose(quoteRef, matches, time.GetUtcNow(), PendingTimeout))
        {
            case LinkChoice.Wait { Pending: var pending }:
                return new LinkOutcome.Pending(pending);
            case LinkChoice.Join join:
                await index.PublishAsync(own with { IdentityId = join.IdentityId, IdentitySince = join.IdentitySince }, final: true, cancellationToken).ConfigureAwait(false);
                return new LinkOutcome.Linked(join.IdentityId, join.IdentitySince, join.Relation, join.Best);
            default:
                await index.PublishAsync(own, final: true, cancellationToken).ConfigureAwait(false);
                return new LinkOutcome.Linked(quoteRef, now, null, null);
        }
    }
}

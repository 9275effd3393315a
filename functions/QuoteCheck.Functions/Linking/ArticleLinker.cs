using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions.Linking;

/// <summary>
/// Links the quotes of one stored article (the follow-up of ingestion, off the queue <c>quote-links</c>): each quote
/// not yet linked, or whose words or speaker changed, goes through <see cref="QuoteLinker"/> against the link index;
/// its link row is written beside its quote row (never into it: linking does not change a quote's ETag); then its
/// copies follow: its row among its identity's members, its row and counts under its speaker, its review-queue
/// index rows (with "previously decided" when a quote it matches already has a verdict), and the published feed
/// entries whose appearances it adds to. Idempotent: a redelivery finds everything linked and changes nothing.
/// </summary>
public sealed class ArticleLinker(
    IQuoteStore quotes,
    TableLinkIndex index,
    QuoteViews views,
    StorageLayout layout,
    LinkRequests requests,
    TimeProvider time,
    ILogger<ArticleLinker> logger)
{
    /// <summary>How long to wait before linking again an article whose match was being linked at the same moment.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(10);

    /// <summary>How many members are read to find a verdict already given on the same quote.</summary>
    public const int PriorLookup = 100;

    /// <summary>How many times linking an article starts again from a fresh read when its link rows changed under it.</summary>
    public const int MaxAttempts = 5;

    /// <summary>Links the article's quotes.</summary>
    public async Task LinkArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await LinkOnceAsync(articleId, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another link of the same article (two versions at once, a redelivery), or a quote joining one of its
                // quotes, wrote a link row since it was read: read again and link what is left.
                LinkingLog.LinkRowsChanged(logger, articleId, attempt);
            }
        }
    }

    private async Task LinkOnceAsync(string articleId, CancellationToken cancellationToken)
    {
        var stored = await quotes.ListArticleQuotesAsync(articleId, cancellationToken).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            return;
        }

        var facts = await views.ReadArticleFactsAsync(articleId, cancellationToken).ConfigureAwait(false);
        var linker = new QuoteLinker(index, LinkThresholds.Default, time);
        var changes = new List<(Quote Before, Quote After)>();
        var pending = false;
        int linkedAnew = 0, joined = 0, prior = 0;
        foreach (var quote in stored)
        {
            var listed = IsListed(quote);
            var speakerKey = listed ? ViewEntities.SpeakerKey(quote.Extraction.Speaker) : null;
            var link = quote.Link;
            if (listed)
            {
                var fingerprint = QuoteFingerprint.Of(quote.Extraction.Text);
                if (link is null || link.FingerprintKey != fingerprint.Key || !string.Equals(link.LinkedSpeaker, quote.Extraction.Speaker, StringComparison.Ordinal))
                {
                    var quoteRef = QuoteLinker.RefOf(articleId, quote.QuoteId);
                    if (await linker.LinkAsync(quoteRef, fingerprint, quote.Extraction.Speaker, cancellationToken).ConfigureAwait(false) is not LinkOutcome.Linked linked)
                    {
                        pending = true;
                        continue;
                    }

                    var sameIdentity = link?.IdentityId == linked.IdentityId;
                    var decision = sameIdentity ? link!.PriorDecision : null;
                    if (!sameIdentity && linked.IdentityId != quoteRef)
                    {
                        // Joining another quote's identity: that quote learns it is shared before this one is listed
                        // among the members, and a verdict already given there comes along.
                        var members = await views.ReadMembersAsync(linked.IdentityId, PriorLookup, cancellationToken).ConfigureAwait(false);
                        if (!await MarkSharedAsync(articleId, linked.IdentityId, linked.IdentitySince, quote, members, changes, cancellationToken).ConfigureAwait(false))
                        {
                            pending = true; // the quote that started the identity is still being linked: link this one again shortly
                            continue;
                        }

                        decision = ExtractionMerge.IsDecided(quote.State) ? null : PriorDecision(members, quote);
                    }

                    link = new QuoteLink
                    {
                        IdentityId = linked.IdentityId,
                        Relation = sameIdentity && linked.Relation is null ? link!.Relation : linked.Relation,
                        FingerprintKey = fingerprint.Key,
                        LinkedSpeaker = quote.Extraction.Speaker,
                        ListedSpeakerKey = quote.Link?.ListedSpeakerKey,
                        PriorDecision = decision,
                        LinkedAt = time.GetUtcNow(),
                        Shared = linked.IdentityId == quoteRef && (quote.Link?.Shared ?? false),
                        ETag = quote.Link?.ETag,
                    };
                    linkedAnew++;
                    joined += linked.IdentityId != quoteRef ? 1 : 0;
                    prior += decision is not null ? 1 : 0;
                }
            }

            var after = quote with { Link = link is null ? null : link with { ListedSpeakerKey = speakerKey } };
            if (!SameLink(quote.Link, after.Link))
            {
                changes.Add((quote, after));
            }
        }

        if (changes.Count > 0)
        {
            await WriteLinksAsync(articleId, changes, cancellationToken).ConfigureAwait(false);
            foreach (var (before, after) in changes)
            {
                await UpdateMembersAsync(before, after, facts, cancellationToken).ConfigureAwait(false);
            }

            await UpdateSpeakersAsync(changes, cancellationToken).ConfigureAwait(false);

            // A review transition or a new version that landed while this ran may have been overtaken by the copies
            // written here: then the article's index and views are made to agree with its quote rows again. The list
            // rows are the copies a reviewer sees first, so they are written only from quote rows just found unchanged
            // (a quote claimed while this ran never shows in the New list again from here), and checked once more
            // after, for a change that lands between that read and the write.
            var read = stored.ToDictionary(q => q.QuoteId, q => q.ETag, StringComparer.Ordinal);
            var unchanged = await UnchangedSinceAsync(articleId, read, cancellationToken).ConfigureAwait(false);
            if (unchanged)
            {
                await quotes.WriteIndexAsync(changes.Select(c => c.After).Where(IsListed).ToList(), [], cancellationToken).ConfigureAwait(false);
                unchanged = await UnchangedSinceAsync(articleId, read, cancellationToken).ConfigureAwait(false);
            }

            if (!unchanged)
            {
                LinkingLog.ChangedWhileLinking(logger, articleId);
                await quotes.ReconcileIndexAsync(articleId, cancellationToken).ConfigureAwait(false);
            }

            LinkingLog.ArticleLinked(logger, articleId, linkedAnew, joined, prior);
        }

        if (pending)
        {
            LinkingLog.Deferred(logger, articleId, RetryDelay);
            await requests.EnqueueAsync(articleId, RetryDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the article's quote rows are still the ones read (the ETag of each by quote id): same rows, same ETags.</summary>
    private async Task<bool> UnchangedSinceAsync(string articleId, Dictionary<string, string?> read, CancellationToken cancellationToken)
    {
        var now = await quotes.ListArticleQuotesAsync(articleId, cancellationToken).ConfigureAwait(false);
        return now.Count == read.Count && now.All(q => read.TryGetValue(q.QuoteId, out var etag) && etag == q.ETag);
    }

    private static bool IsListed(Quote quote) => !quote.Vanished || ExtractionMerge.IsDecided(quote.State);

    private static bool SameLink(QuoteLink? a, QuoteLink? b) =>
        a is null ? b is null : b is not null && a with { ETag = null, LinkedAt = default } == b with { ETag = null, LinkedAt = default };

    /// <summary>The latest verdict given on another quote of the identity, if any, among its first members.</summary>
    private static PriorDecision? PriorDecision(IReadOnlyList<IdentityMember> members, Quote quote) =>
        members
            .Where(m => m.Decision is not null && !(m.ArticleId == quote.ArticleId && m.QuoteId == quote.QuoteId))
            .OrderByDescending(m => m.Decision!.OccurredAt)
            .Select(m => new PriorDecision(m.Decision!.To, m.Decision.Reviewer, m.Decision.OccurredAt, m.ArticleId, m.QuoteId))
            .FirstOrDefault();

    /// <summary>
    /// Records on the quote that started identity <paramref name="identityId"/> that <paramref name="joining"/> joins
    /// it (<see cref="QuoteLink.Shared"/>): in this run's changes when that quote is of this article and linked now,
    /// else on its link row. Nothing to write when another quote joined before (it recorded it). False when the
    /// starting quote is not linked yet, so the caller links the joining one again later; once the identity is older
    /// than <see cref="QuoteLinker.PendingTimeout"/>, a starting quote still not found is gone (it left the review
    /// queue) and the joining one goes ahead, so no quote waits for it forever.
    /// </summary>
    private async Task<bool> MarkSharedAsync(string articleId, string identityId, DateTimeOffset identitySince, Quote joining, IReadOnlyList<IdentityMember> members, List<(Quote Before, Quote After)> changes, CancellationToken cancellationToken)
    {
        var gone = time.GetUtcNow() - identitySince > QuoteLinker.PendingTimeout;
        for (var i = 0; i < changes.Count; i++)
        {
            var (before, after) = changes[i];
            if (after.Link is { } started && QuoteLinker.RefOf(articleId, after.QuoteId) == identityId)
            {
                changes[i] = (before, after with { Link = started with { Shared = true } });
                return true;
            }
        }

        var others = members.Where(m => !(m.ArticleId == joining.ArticleId && m.QuoteId == joining.QuoteId)).ToList();
        if (others.Count >= 2)
        {
            return true; // joined before: the first to join recorded it
        }

        if (others.FirstOrDefault(m => QuoteLinker.RefOf(m.ArticleId, m.QuoteId) == identityId) is not { } founder)
        {
            return gone;
        }

        try
        {
            var mark = new TableEntity(founder.ArticleId, QuoteEntities.LinkRowKey(founder.QuoteId)) { ["LinkShared"] = true };
            await layout.Articles.UpdateEntityAsync(mark, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return gone; // its link row is not written yet, or gone
        }
    }

    private async Task WriteLinksAsync(string articleId, List<(Quote Before, Quote After)> changes, CancellationToken cancellationToken)
    {
        var actions = new List<TableTransactionAction>();
        foreach (var (before, after) in changes)
        {
            if (after.Link is { } link)
            {
                // Conditional on the row as read: a quote joining this one's identity meanwhile marked it shared, and a
                // blind write would take that back (the failed transaction is retried from a fresh read).
                var entity = QuoteEntities.ToLinkEntity(articleId, after.QuoteId, link);
                actions.Add(before.Link?.ETag is { } etag
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new Azure.ETag(etag))
                    : new TableTransactionAction(TableTransactionActionType.Add, entity));
            }
            else if (before.Link is not null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(articleId, QuoteEntities.LinkRowKey(before.QuoteId)), Azure.ETag.All));
            }
        }

        foreach (var batch in StorageLimits.Batches(actions))
        {
            await layout.Articles.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpdateMembersAsync(Quote before, Quote after, ArticleFacts facts, CancellationToken cancellationToken)
    {
        var listed = IsListed(after);
        var old = before.Link;
        if (old is not null && (old.IdentityId != after.Link?.IdentityId || !listed))
        {
            await views.RemoveMemberAsync(old.IdentityId, before, cancellationToken).ConfigureAwait(false);
        }

        if (listed && after.Link is { } link)
        {
            var joining = old is null || old.IdentityId != link.IdentityId;
            await views.WriteMemberAsync(after, facts, joining, cancellationToken).ConfigureAwait(false);
            if (joining)
            {
                await RefreshPublishedAsync(link.IdentityId, after, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Each speaker of the article once: a quote leaves its old speaker and joins its new one, all of one speaker's in one transaction.</summary>
    private async Task UpdateSpeakersAsync(List<(Quote Before, Quote After)> changes, CancellationToken cancellationToken)
    {
        var writes = new List<(string Key, Quote Quote, bool Listed, bool Joining)>();
        foreach (var (before, after) in changes)
        {
            var oldKey = before.Link?.ListedSpeakerKey;
            var newKey = after.Link?.ListedSpeakerKey;
            if (oldKey is not null && oldKey != newKey)
            {
                writes.Add((oldKey, before, false, false));
            }

            if (newKey is not null)
            {
                // Not listed under this speaker before: its copy is added without a read.
                writes.Add((newKey, after, true, oldKey != newKey));
            }
        }

        foreach (var speaker in writes.GroupBy(w => w.Key, StringComparer.Ordinal))
        {
            await views.ApplySpeakerAsync(speaker.Key, speaker.Select(w => (w.Quote, w.Listed, w.Joining)).ToList(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A quote joining an identity adds an appearance to the identity's published fact checks.</summary>
    private async Task RefreshPublishedAsync(string identityId, Quote joining, CancellationToken cancellationToken)
    {
        var members = await views.ReadMembersAsync(identityId, QuoteViews.MaxAppearances, cancellationToken).ConfigureAwait(false);
        foreach (var member in members.Where(m => m.State == ReviewState.Published))
        {
            var published = member.ArticleId == joining.ArticleId && member.QuoteId == joining.QuoteId
                ? joining
                : await quotes.GetQuoteAsync(member.ArticleId, member.QuoteId, cancellationToken).ConfigureAwait(false);
            if (published is not null)
            {
                await views.WritePublishedAsync(published, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

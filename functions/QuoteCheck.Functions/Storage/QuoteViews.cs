using Azure;
using Azure.Data.Tables;
using QuoteCheck.Core.ClaimReviews;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Writes the views derived from quote rows, each a copy the quote row is the truth for: a quote's row among its
/// identity's members, its row and counts under its speaker, and, once published, its entry in the feed of fact
/// checks. Every write is idempotent and never moves a copy back to an older review revision, so the linker, a
/// review transition and the sweeper may write the same copy in any order and the newest wins.
/// </summary>
public sealed class QuoteViews(StorageLayout layout)
{
    /// <summary>How many members a published claim lists as appearances (the first appearances of the quote).</summary>
    public const int MaxAppearances = 50;

    private const int MaxAttempts = 8;

    /// <summary>What one of a speaker's count shards may add to a transaction: its name and a count per state, generously.</summary>
    private const long SpeakerTotalPayloadBytes = 8 * 1024;

    /// <summary>When <paramref name="quote"/> was published, or null when it is not.</summary>
    public static DateTimeOffset? PublishedAtOf(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.State == ReviewState.Published ? quote.LastEvent?.OccurredAt ?? quote.UpdatedAt : null;
    }

    /// <summary>The article's url and publication time, from its row.</summary>
    public async Task<ArticleFacts> ReadArticleFactsAsync(string articleId, CancellationToken cancellationToken)
    {
        var row = await layout.Articles.GetEntityIfExistsAsync<TableEntity>(articleId, TableArticleStore.ArticleRowKey, select: ["Url", "PublishedAt"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } entity ? new ArticleFacts(entity.GetString("Url"), entity.GetDateTimeOffset("PublishedAt")) : new ArticleFacts(null, null);
    }

    /// <summary>The first <paramref name="take"/> members of an identity, first appearance first (one query).</summary>
    public async Task<IReadOnlyList<IdentityMember>> ReadMembersAsync(string identityId, int take, CancellationToken cancellationToken)
    {
        await foreach (var page in layout.QuoteIdentities.QueryAsync<TableEntity>(ViewEntities.MembersFilter(identityId), take, cancellationToken: cancellationToken).AsPages(pageSizeHint: take).ConfigureAwait(false))
        {
            return page.Values.Select(ViewEntities.ToMember).ToList();
        }

        return [];
    }

    /// <summary>
    /// Writes the quote's whole member row (the linker), unless a newer review revision is already there. With
    /// <paramref name="joining"/> (the quote has just joined this identity, so its row is most likely not there) the row
    /// is added without reading it first; only when it is there after all is it read and compared.
    /// </summary>
    public async Task WriteMemberAsync(Quote quote, ArticleFacts article, bool joining, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (quote.Link is null)
        {
            return;
        }

        var row = ViewEntities.ToMember(quote, article);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = attempt == 0 && joining
                ? default
                : await layout.QuoteIdentities.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (existing is null || !existing.HasValue || existing.Value is null)
                {
                    await WithNewVersionAsync(new TableTransactionAction(TableTransactionActionType.Add, row), cancellationToken).ConfigureAwait(false);
                }
                else if ((existing.Value.GetInt32("Revision") ?? 0) <= quote.Revision)
                {
                    await WithNewVersionAsync(new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, existing.Value.ETag), cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Written meanwhile: read it again and compare revisions.
            }
        }
    }

    /// <summary>Moves the quote's member row to its new review state (a transition), unless it is missing or newer.</summary>
    public async Task UpdateMemberAsync(Quote quote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (quote.Link is not { } link)
        {
            return;
        }

        var partition = ViewEntities.MemberPartition(link.IdentityId);
        var rowKey = ViewEntities.MemberRow(quote);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = await layout.QuoteIdentities.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!existing.HasValue || existing.Value is not { } row || (row.GetInt32("Revision") ?? 0) > quote.Revision)
            {
                return;
            }

            var update = new TableEntity(partition, rowKey);
            ViewEntities.WriteMemberState(update, quote);
            try
            {
                await WithNewVersionAsync(new TableTransactionAction(TableTransactionActionType.UpdateMerge, update, row.ETag), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Changed meanwhile: compare again.
            }
        }
    }

    /// <summary>Removes the quote's member row from <paramref name="identityId"/> (it left that identity, or the review queue).</summary>
    public async Task RemoveMemberAsync(string identityId, Quote quote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        try
        {
            await WithNewVersionAsync(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(ViewEntities.MemberPartition(identityId), ViewEntities.MemberRow(quote)), ETag.All), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone (and the version was renewed by whoever removed it).
        }
    }

    /// <summary>
    /// One change to a member row and a new version row for its identity, in one transaction: the version's ETag changes
    /// exactly when a member row does, so a members page kept with the old ETag is never served after the change.
    /// </summary>
    private async Task WithNewVersionAsync(TableTransactionAction change, CancellationToken cancellationToken) =>
        await layout.QuoteIdentities.SubmitTransactionAsync(
            [change, new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(change.Entity.PartitionKey, ViewEntities.MembersVersionRow))],
            cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Lists the quote under speaker <paramref name="key"/> (or, with <paramref name="listed"/> false, takes it off):
    /// its row and the change to the speaker's counts in one transaction, so the counts are always exactly the rows.
    /// </summary>
    public Task ApplySpeakerAsync(Quote quote, string key, bool listed, CancellationToken cancellationToken) =>
        ApplySpeakerAsync(key, [(quote, listed)], cancellationToken);

    /// <summary>
    /// Lists (or takes off) several quotes under speaker <paramref name="key"/>: their rows and the changes to the
    /// speaker's counts in as few transactions as Azure's limits allow (100 operations, 4 MiB), then the speakers
    /// list once. A quote whose row already has a newer review revision is left as it is.
    /// </summary>
    public Task ApplySpeakerAsync(string key, IReadOnlyList<(Quote Quote, bool Listed)> changes, CancellationToken cancellationToken) =>
        ApplySpeakerAsync(key, changes.Select(c => (c.Quote, c.Listed, Joining: false)).ToList(), cancellationToken);

    /// <summary>
    /// As <see cref="ApplySpeakerAsync(string, IReadOnlyList{ValueTuple{Quote, bool}}, CancellationToken)"/>; a quote
    /// marked <c>Joining</c> was not listed under this speaker before (the linker knows it from the quote's link row),
    /// so its copy is added without reading it first. When a copy is there after all (a run that died after writing
    /// it), the transaction fails on it and the next attempt reads every copy.
    /// </summary>
    public async Task ApplySpeakerAsync(string key, IReadOnlyList<(Quote Quote, bool Listed, bool Joining)> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(changes);
        var changed = false;
        var partition = ViewEntities.SpeakerPartition(key);

        // Each transaction holds its quotes' copies and the speaker's count shards: sized by bytes as Azure counts
        // them (non-ASCII quotes are six bytes a character in the payload), not by a fixed number of quotes.
        var chunks = StorageLimits.Groups(
            changes,
            c => StorageLimits.PayloadBytes(QuoteEntities.ToCopy(c.Quote, partition, ViewEntities.SpeakerQuoteRow(c.Quote))),
            reservedOperations: ViewEntities.SpeakerTotalShards,
            reservedBytes: ViewEntities.SpeakerTotalShards * SpeakerTotalPayloadBytes);
        foreach (var chunk in chunks)
        {
            changed |= await ApplySpeakerChunkAsync(key, chunk, cancellationToken).ConfigureAwait(false);
        }

        if (changed)
        {
            await RefreshSpeakerListAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <returns>True when the speaker's counts changed.</returns>
    private async Task<bool> ApplySpeakerChunkAsync(string key, (Quote Quote, bool Listed, bool Joining)[] changes, CancellationToken cancellationToken)
    {
        var partition = ViewEntities.SpeakerPartition(key);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var copies = await Task.WhenAll(changes.Select(async c =>
            {
                if (attempt == 0 && c.Joining)
                {
                    return null;
                }

                var read = await layout.Speakers.GetEntityIfExistsAsync<TableEntity>(partition, ViewEntities.SpeakerQuoteRow(c.Quote), select: ["State", "Revision"], cancellationToken: cancellationToken).ConfigureAwait(false);
                return read.HasValue ? read.Value : null;
            })).ConfigureAwait(false);
            var totals = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
            var totalsFilter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {ViewEntities.SpeakerTotalsFrom} and RowKey lt {ViewEntities.SpeakerTotalsTo}");
            await foreach (var row in layout.Speakers.QueryAsync<TableEntity>(totalsFilter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                totals[row.RowKey] = row;
            }

            var actions = new List<TableTransactionAction>(changes.Length + ViewEntities.SpeakerTotalShards);
            var deltas = new Dictionary<string, Dictionary<ReviewState, int>>(StringComparer.Ordinal);
            string? name = null;
            for (var i = 0; i < changes.Length; i++)
            {
                var (quote, listed, _) = changes[i];
                var copy = copies[i];
                if (copy is not null && (copy.GetInt32("Revision") ?? 0) > quote.Revision)
                {
                    continue;
                }

                var rowKey = ViewEntities.SpeakerQuoteRow(quote);
                ReviewState? before = copy is not null && Enum.TryParse<ReviewState>(copy.GetString("State"), out var was) ? was : null;
                ReviewState? after = listed ? quote.State : null;
                if (listed)
                {
                    var entity = QuoteEntities.ToCopy(quote, partition, rowKey);
                    actions.Add(copy is null
                        ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                        : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, copy.ETag));
                    name ??= quote.Extraction.Speaker;
                }
                else if (copy is not null)
                {
                    actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, rowKey), copy.ETag));
                }

                if (before != after)
                {
                    var shard = ViewEntities.SpeakerTotalRow(ViewEntities.SpeakerShardOf(quote));
                    var delta = deltas.TryGetValue(shard, out var d) ? d : deltas[shard] = [];
                    if (before is { } b)
                    {
                        delta[b] = delta.GetValueOrDefault(b) - 1;
                    }

                    if (after is { } a)
                    {
                        delta[a] = delta.GetValueOrDefault(a) + 1;
                    }
                }
            }

            foreach (var (shard, delta) in deltas)
            {
                var total = totals.GetValueOrDefault(shard);
                var counts = total is null ? [] : ViewEntities.ReadCounts(total);
                foreach (var (state, n) in delta)
                {
                    counts[state] = Math.Max(0, counts.GetValueOrDefault(state) + n);
                }

                var row = new TableEntity(partition, shard)
                {
                    ["Name"] = name ?? total?.GetString("Name") ?? key,
                    ["Revision"] = (total?.GetInt64("Revision") ?? 0) + 1,
                };
                ViewEntities.WriteCounts(row, counts);
                actions.Add(total is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, row)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, total.ETag));
            }

            if (actions.Count == 0)
            {
                return false;
            }

            try
            {
                await layout.Speakers.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return deltas.Count > 0;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                // Another writer of this speaker got there first: read again.
            }
        }

        throw new RequestFailedException(503, $"Speaker '{key}' kept changing under {MaxAttempts} attempts to list {changes.Length} quotes; try again.");
    }

    /// <summary>Copies a speaker's counts (the sum of their shards) into the speakers list, never replacing newer counts with older.</summary>
    public async Task RefreshSpeakerListAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ViewEntities.SpeakerPartition(key)} and RowKey ge {ViewEntities.SpeakerTotalsFrom} and RowKey lt {ViewEntities.SpeakerTotalsTo}");
            var counts = new Dictionary<ReviewState, int>();
            long revision = 0;
            string? name = null;
            DateTimeOffset newest = DateTimeOffset.MinValue;
            await foreach (var shard in layout.Speakers.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                foreach (var (state, n) in ViewEntities.ReadCounts(shard))
                {
                    counts[state] = counts.GetValueOrDefault(state) + n;
                }

                revision += shard.GetInt64("Revision") ?? 0;
                if (shard.Timestamp is { } at && at >= newest)
                {
                    newest = at;
                    name = shard.GetString("Name");
                }
            }

            var list = new TableEntity(ViewEntities.ListPartition(key), key) { ["Name"] = name ?? key, ["Revision"] = revision, ["Total"] = counts.Values.Sum() };
            ViewEntities.WriteCounts(list, counts);
            var existing = await layout.Speakers.GetEntityIfExistsAsync<TableEntity>(list.PartitionKey, list.RowKey, select: ["Revision"], cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue || existing.Value is null)
                {
                    await layout.Speakers.AddEntityAsync(list, cancellationToken).ConfigureAwait(false);
                }
                else if ((existing.Value.GetInt64("Revision") ?? 0) < revision)
                {
                    await layout.Speakers.UpdateEntityAsync(list, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another copy landed first: compare revisions again.
            }
        }
    }

    /// <summary>Writes the feed entry of a published quote, with the first appearances of its identity (or its own article).</summary>
    public async Task WritePublishedAsync(Quote quote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (PublishedAtOf(quote) is not { } publishedAt || quote.Decision?.To is not { } verdict)
        {
            return;
        }

        var appearances = await AppearancesAsync(quote, cancellationToken).ConfigureAwait(false);
        var claim = new PublishedClaim(quote.ArticleId, quote.QuoteId, quote.Extraction.Text, quote.Extraction.Speaker, verdict, publishedAt, quote.CorrectedSpeaker, quote.CorrectedText, appearances);
        await layout.QuoteLinks.UpsertEntityAsync(ViewEntities.ToFeed(claim), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes a quote that was published at <paramref name="publishedAt"/> off the feed (it was reopened).</summary>
    public Task RemovePublishedAsync(Quote quote, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var (partition, row) = ViewEntities.FeedKeys(quote.ArticleId, quote.QuoteId, publishedAt);
        return DeleteAsync(layout.QuoteLinks, partition, row, cancellationToken);
    }

    /// <summary>Where the claim appeared: the articles of the quote's identity with a url, first appearance first, its own article among them.</summary>
    public async Task<IReadOnlyList<ClaimAppearance>> AppearancesAsync(Quote quote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var members = quote.Link is { } link ? await ReadMembersAsync(link.IdentityId, MaxAppearances, cancellationToken).ConfigureAwait(false) : [];
        var appearances = members
            .Where(m => m.ArticleUrl is { Length: > 0 } && !m.Vanished)
            .Select(m => new ClaimAppearance(m.ArticleUrl!, m.ArticleTitle, m.ArticleSource, m.ArticlePublishedAt ?? m.ArticleFirstSeenAt))
            .ToList();
        if (!members.Any(m => m.ArticleId == quote.ArticleId))
        {
            // Not linked yet: its own article is where it appeared.
            var own = await ReadArticleFactsAsync(quote.ArticleId, cancellationToken).ConfigureAwait(false);
            if (own.Url is { Length: > 0 } url)
            {
                appearances.Add(new ClaimAppearance(url, quote.ArticleTitle, quote.ArticleSource, own.PublishedAt ?? quote.ArticleFirstSeenAt));
            }
        }

        return appearances
            .DistinctBy(a => a.Url, StringComparer.Ordinal)
            .OrderBy(a => a.DatePublished ?? DateTimeOffset.MaxValue)
            .ToList();
    }

    /// <summary>The views after a review transition from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public async Task AfterReviewAsync(Quote before, Quote after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        await UpdateMemberAsync(after, cancellationToken).ConfigureAwait(false);
        if (after.Link?.ListedSpeakerKey is { } key)
        {
            await ApplySpeakerAsync(after, key, listed: true, cancellationToken).ConfigureAwait(false);
        }

        if (PublishedAtOf(before) is { } wasPublished && after.State != ReviewState.Published)
        {
            await RemovePublishedAsync(before, wasPublished, cancellationToken).ConfigureAwait(false);
        }

        if (after.State == ReviewState.Published)
        {
            await WritePublishedAsync(after, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Makes the views of <paramref name="quotes"/> (one article's, as stored) agree with them: the sweeper's part.</summary>
    public async Task ReconcileAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        foreach (var quote in quotes)
        {
            await UpdateMemberAsync(quote, cancellationToken).ConfigureAwait(false);
            if (quote.State == ReviewState.Published)
            {
                await WritePublishedAsync(quote, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var speaker in quotes.Where(q => q.Link?.ListedSpeakerKey is not null).GroupBy(q => q.Link!.ListedSpeakerKey!, StringComparer.Ordinal))
        {
            await ApplySpeakerAsync(speaker.Key, speaker.Select(q => (q, !q.Vanished || ExtractionMerge.IsDecided(q.State))).ToList(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task DeleteAsync(TableClient table, string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone.
        }
    }
}

using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Quotes in Table Storage: the quote rows in their article's partition (the truth), and the review-queue
/// index (<c>QuotesByState</c>) whose rows carry everything a list shows, so a list page is one query and
/// never reads or writes anything else. Reads never write; a crash between a quote write and its index
/// write is completed by <see cref="IndexRepairs"/>, a queue the write path arms before it writes.
/// </summary>
public sealed class TableQuoteStore(StorageLayout layout, IndexRepairs repairs, QuoteViews views, IOptions<QuoteCheckOptions> options, TimeProvider time) : IQuoteStore
{
    private readonly ReadCoalescer<QuotePage> _pages = new();
    private readonly RememberedLinks _links = new(time);

    /// <inheritdoc />
    public async Task<Quote?> GetQuoteAsync(string articleId, string quoteId, CancellationToken cancellationToken)
    {
        if (!IsKey(articleId) || !IsKey(quoteId) || !QuoteEntities.IsQuoteRow(quoteId))
        {
            return null;
        }

        // The quote row and its link row beside it: two point reads at once (a point read is what every table store
        // answers fastest; a range of two rows is a query, which Azurite answers by scanning the table).
        var quoteRow = layout.Articles.GetEntityIfExistsAsync<TableEntity>(articleId, quoteId, cancellationToken: cancellationToken);
        var link = ReadLinkAsync(articleId, quoteId, cancellationToken);
        await Task.WhenAll(quoteRow, link).ConfigureAwait(false);
        var read = await quoteRow.ConfigureAwait(false);
        if (!read.HasValue || read.Value is not { } entity)
        {
            _links.Forget(articleId, quoteId);
            return null;
        }

        var quote = QuoteEntities.ToQuote(entity) with { Link = await link.ConfigureAwait(false) };
        _links.Remember(quote);
        return quote;
    }

    /// <inheritdoc />
    public async Task<Quote?> ReadQuoteAsync(string articleId, string quoteId, CancellationToken cancellationToken)
    {
        if (!IsKey(articleId) || !IsKey(quoteId) || !QuoteEntities.IsQuoteRow(quoteId) || !_links.Knows(articleId, quoteId))
        {
            return await GetQuoteAsync(articleId, quoteId, cancellationToken).ConfigureAwait(false);
        }

        // A link remembered for this quote: the quote row alone, then the link if the row is the one it was seen with.
        var read = await layout.Articles.GetEntityIfExistsAsync<TableEntity>(articleId, quoteId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!read.HasValue || read.Value is not { } entity)
        {
            _links.Forget(articleId, quoteId);
            return null;
        }

        var quote = QuoteEntities.ToQuote(entity);
        if (_links.Recall(quote) is { } remembered)
        {
            return quote with { Link = remembered };
        }

        quote = quote with { Link = await ReadLinkAsync(articleId, quoteId, cancellationToken).ConfigureAwait(false) };
        _links.Remember(quote);
        return quote;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Quote>> ListArticleQuotesAsync(string articleId, CancellationToken cancellationToken)
    {
        var quotes = new List<Quote>();
        if (!IsKey(articleId))
        {
            return quotes;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {articleId} and RowKey lt {QuoteEntities.QuoteRowsEnd}");
        var rows = new List<TableEntity>();
        await foreach (var entity in layout.Articles.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(entity);
        }

        quotes.AddRange(QuoteEntities.WithLinks(rows));
        return quotes;
    }

    /// <inheritdoc />
    public async Task<QuotePage> ListQuotesAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var speakerKey = QuoteEntities.SpeakerKey(query.Speaker);
        var scope = $"{query.ArticleId}\n{query.State}\n{speakerKey}" + (query.PreviouslyDecided ? "\nprior" : string.Empty);
        var storageToken = ContinuationTokens.Unwrap(scope, query.ContinuationToken);

        string filter;
        TableClient table;
        if (query.ArticleId is { } articleId)
        {
            if (!IsKey(articleId))
            {
                return new QuotePage([], null);
            }

            // One article: its own partition in reading order, the quote rows that pass the filters and every link row
            // (each right after its quote's row), so each quote comes with its link; paged by row key.
            var quoteFilter = And(
                TableClient.CreateQueryFilter($"Vanished eq {false}"),
                query.State is { } s ? TableClient.CreateQueryFilter($"State eq {s.ToString()}") : null,
                speakerKey is null ? null : TableClient.CreateQueryFilter($"SpeakerKey eq {speakerKey}"));
            var articleFilter = And(
                TableClient.CreateQueryFilter($"PartitionKey eq {articleId} and RowKey lt {QuoteEntities.QuoteRowsEnd}"),
                storageToken is null ? null : TableClient.CreateQueryFilter($"RowKey gt {storageToken}"),
                $"(({quoteFilter}) or {TableClient.CreateQueryFilter($"LinkIdentity ge {string.Empty}")})");
            var articleKey = string.Join('\n', layout.Articles.Name, scope, articleFilter, pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return await _pages.ReadAsync(articleKey, () => QueryArticlePageAsync(articleFilter, pageSize, scope), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // The review queue: one range over the state's index partitions, newest hour first ("previously decided":
            // the family of undecided quotes with a prior verdict, filtered by state).
            table = layout.QuotesByState;
            var family = query.PreviouslyDecided ? QuoteEntities.PriorPartition : query.State?.ToString() ?? QuoteEntities.AllPartition;
            var (from, to) = IndexKeys.FamilyRange(family);
            filter = And(
                TableClient.CreateQueryFilter($"PartitionKey gt {from} and PartitionKey lt {to}"),
                query.PreviouslyDecided && query.State is { } wanted ? TableClient.CreateQueryFilter($"State eq {wanted.ToString()}") : null,
                speakerKey is null ? null : TableClient.CreateQueryFilter($"SpeakerKey eq {speakerKey}"));
        }

        // Identical pages asked at once (a desk full of reviewers polling the queue) share one query that started after
        // each of them asked: as fresh as a query per request, at a fraction of the storage calls.
        var key = string.Join('\n', table.Name, scope, filter, pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), storageToken);
        return await _pages.ReadAsync(key, () => QueryPageAsync(table, filter, pageSize, storageToken, scope), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One page of an article's quotes with their links: at most <paramref name="pageSize"/> quote rows, each with the
    /// link row after it. Up to twice the page in rows (a link row for each quote) plus one are read in one query; the
    /// token is the last row key taken, and a quote row that ends what storage returned is left for the next page,
    /// whose first row its link row may be.
    /// </summary>
    private async Task<QuotePage> QueryArticlePageAsync(string filter, int pageSize, string scope)
    {
        var rows = new List<TableEntity>();
        string? more = null;
        var take = (2 * pageSize) + 1;
        await foreach (var page in layout.Articles.QueryAsync<TableEntity>(filter, take, cancellationToken: CancellationToken.None).AsPages(null, take).ConfigureAwait(false))
        {
            rows.AddRange(page.Values);
            more = page.ContinuationToken;
            if (rows.Count > 0)
            {
                break; // storage may answer a page with no rows and a continuation: read on to the first rows
            }
        }

        var taken = 0;
        var quotes = 0;
        for (; taken < rows.Count; taken++)
        {
            var key = rows[taken].RowKey;
            if (QuoteEntities.IsQuoteRow(key))
            {
                var last = taken == rows.Count - 1;
                if (quotes == pageSize || (last && more is not null && taken > 0))
                {
                    break; // the page is full, or this quote's link row may be on the next storage page
                }

                quotes++;
            }
        }

        var items = QuoteEntities.WithLinks(rows.Take(taken));
        var hasMore = taken < rows.Count || more is not null;
        return new QuotePage(items, hasMore && taken > 0 ? ContinuationTokens.Wrap(scope, rows[taken - 1].RowKey) : null);
    }

    private static async Task<QuotePage> QueryPageAsync(TableClient table, string filter, int pageSize, string? storageToken, string scope)
    {
        // Not the caller's token: other callers may be waiting for this page; the storage client's own timeout bounds it.
        await foreach (var page in table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: CancellationToken.None).AsPages(storageToken, pageSize).ConfigureAwait(false))
        {
            return new QuotePage(page.Values.Select(QuoteEntities.ToQuote).ToList(), ContinuationTokens.Wrap(scope, page.ContinuationToken));
        }

        return new QuotePage([], null);
    }

    /// <inheritdoc />
    public async Task<Quote> ApplyReviewAsync(Quote quote, ReviewEvent reviewEvent, string ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(reviewEvent);

        var keepCorrections = reviewEvent.To == ReviewState.Published;
        var updated = quote with
        {
            State = reviewEvent.To,
            Revision = reviewEvent.Revision,
            LastEvent = reviewEvent,
            UpdatedAt = reviewEvent.OccurredAt,
            CorrectedSpeaker = keepCorrections ? quote.CorrectedSpeaker : reviewEvent.CorrectedSpeaker,
            CorrectedText = keepCorrections ? quote.CorrectedText : reviewEvent.CorrectedText,
            Decision = QuoteVerdicts.DecisionAfter(quote.Decision, reviewEvent),

            // A reviewer deciding again settles a disagreement with a later extraction.
            ExtractionConflict = null,
        };

        // Armed first: if this process dies after the quote row is written, the sweeper completes the index.
        var repair = await repairs.ScheduleAsync(quote.ArticleId, cancellationToken).ConfigureAwait(false);

        // The state and its audit event in one transaction: the history can never miss a transition.
        var entity = QuoteEntities.ToEntity(updated);
        StorageLimits.CheckEntity(entity, $"Quote {quote.QuoteId}");
        Response<IReadOnlyList<Response>> committed;
        try
        {
            committed = await layout.Articles.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(ifMatch)),
                    new TableTransactionAction(TableTransactionActionType.Add, QuoteEntities.ToEventEntity(quote.ArticleId, quote.QuoteId, reviewEvent)),
                ],
                cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 or 404)
        {
            await repairs.CancelAsync(repair, cancellationToken).ConfigureAwait(false);
            throw new QuoteChangedException($"Quote {quote.QuoteId} of article {quote.ArticleId} was changed by someone else; read it again (new ETag) and retry if the action still applies.");
        }

        var committedAt = time.GetTimestamp();
        updated = updated with
        {
            ETag = committed.Value[0].Headers.ETag?.ToString() ?? (await GetQuoteAsync(quote.ArticleId, quote.QuoteId, cancellationToken).ConfigureAwait(false))?.ETag,

            // The link as it is now, not as it was when the quote was read: the linker may have linked the quote in
            // between. Read after the commit, so either this sees the linker's link row or the linker, checking the
            // article's ETags after writing it, sees this transition and reconciles the views itself.
            Link = await ReadLinkAsync(quote.ArticleId, quote.QuoteId, cancellationToken).ConfigureAwait(false),
        };
        await MoveIndexRowsAsync(quote, updated, cancellationToken).ConfigureAwait(false);
        await views.AfterReviewAsync(quote, updated, cancellationToken).ConfigureAwait(false);

        // Disarm only when the index writes followed the commit closely; after a long stall another transition may
        // have overtaken them, and the sweeper's reconciliation settles it.
        if (time.GetElapsedTime(committedAt) < options.Value.IndexRepairDelay / 4)
        {
            await repairs.CancelAsync(repair, cancellationToken).ConfigureAwait(false);
        }

        return updated;
    }

    private async Task<QuoteLink?> ReadLinkAsync(string articleId, string quoteId, CancellationToken cancellationToken)
    {
        var row = await layout.Articles.GetEntityIfExistsAsync<TableEntity>(articleId, QuoteEntities.LinkRowKey(quoteId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } entity ? QuoteEntities.ReadLink(entity, ownRow: true) : null;
    }

    /// <inheritdoc />
    public async Task<QuoteHistory> GetHistoryAsync(Quote quote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var (from, to) = QuoteEntities.HistoryRange(quote.QuoteId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {quote.ArticleId} and RowKey gt {from} and RowKey lt {to}");
        var events = new List<ReviewEvent>();
        var conflicts = new List<ExtractionConflict>();
        await foreach (var row in layout.Articles.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("Event") is { } json)
            {
                events.Add(QuoteEntities.ReadEvent(json));
            }
            else if (QuoteEntities.ReadConflict(row) is { } conflict)
            {
                conflicts.Add(conflict);
            }
        }

        return new QuoteHistory(events.OrderBy(e => e.Revision).ToList(), conflicts.OrderBy(c => c.DetectedAt).ToList());
    }

    /// <inheritdoc />
    public async Task WriteIndexAsync(IReadOnlyList<Quote> current, IReadOnlyList<Quote> removed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(removed);
        var rows = current.SelectMany(q => QuoteEntities.Families(q).Select(family => QuoteEntities.ToIndexEntity(q, family)));
        await Task.WhenAll(rows
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => StorageLimits.Batches(partition.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList()))
            .Select(batch => layout.QuotesByState.SubmitTransactionAsync(batch, cancellationToken))).ConfigureAwait(false);

        foreach (var quote in removed)
        {
            foreach (var family in QuoteEntities.Families(quote))
            {
                await DeleteIndexRowAsync(quote, family, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task ReconcileIndexAsync(string articleId, CancellationToken cancellationToken)
    {
        var quotes = await ListArticleQuotesAsync(articleId, cancellationToken).ConfigureAwait(false);
        if (quotes.Count == 0)
        {
            return;
        }

        var listed = quotes.Where(q => !q.Vanished || Core.Quotes.ExtractionMerge.IsDecided(q.State)).ToList();
        var expected = listed
            .SelectMany(q => QuoteEntities.Families(q).Select(family => QuoteEntities.ToIndexEntity(q, family)))
            .Select(e => (e.PartitionKey, e.RowKey))
            .ToHashSet();

        // Every index row this article has, in every family (all of an article's rows share a shard and hour).
        var sample = quotes[0];
        var prefix = IndexKeys.RowPrefix(sample.ArticleFirstSeenAt, articleId);
        var families = QuoteEntities.AllFamilies;
        var found = await Task.WhenAll(families.Select(async family =>
        {
            var partition = IndexKeys.Partition(family, sample.ArticleFirstSeenAt, sample.IndexShard);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {prefix} and RowKey lt {prefix + "~"}");
            var rows = new List<(string, string)>();
            await foreach (var row in layout.QuotesByState.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add((row.PartitionKey, row.RowKey));
            }

            return rows;
        })).ConfigureAwait(false);

        // Rewrite what should be there (quote rows are the truth), then drop what should not.
        await WriteIndexAsync(listed, [], cancellationToken).ConfigureAwait(false);
        foreach (var (partition, row) in found.SelectMany(rows => rows).Where(key => !expected.Contains(key)))
        {
            await DeleteIndexRowAsync(partition, row, cancellationToken).ConfigureAwait(false);
        }

        // The other views of these quotes (identity members, speakers, the published feed) follow the same truth.
        await views.ReconcileAsync(quotes, cancellationToken).ConfigureAwait(false);
    }

    private async Task MoveIndexRowsAsync(Quote before, Quote after, CancellationToken cancellationToken)
    {
        var families = QuoteEntities.Families(after);
        await Task.WhenAll(families.Select(family => layout.QuotesByState.UpsertEntityAsync(QuoteEntities.ToIndexEntity(after, family), TableUpdateMode.Replace, cancellationToken))).ConfigureAwait(false);
        foreach (var family in QuoteEntities.Families(before).Except(families, StringComparer.Ordinal))
        {
            await DeleteIndexRowAsync(before, family, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task DeleteIndexRowAsync(Quote quote, string family, CancellationToken cancellationToken) =>
        DeleteIndexRowAsync(IndexKeys.Partition(family, quote.ArticleFirstSeenAt, quote.IndexShard), IndexKeys.Row(quote.ArticleFirstSeenAt, quote.ArticleId, quote.QuoteId), cancellationToken);

    private async Task DeleteIndexRowAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await layout.QuotesByState.DeleteEntityAsync(partition, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone.
        }
    }

    private static string And(params string?[] clauses) =>
        string.Join(" and ", clauses.Where(c => c is not null));

    private static bool IsKey(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 512 && value.AsSpan().IndexOfAny("/\\#?") < 0 && !value.Any(char.IsControl);
}

using Azure;
using Azure.Data.Tables;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Quotes in Table Storage: one partition per article (written in entity-group batches), plus the
/// QuotesByState index that serves "quotes in state X, newest first". The quote row is the source of
/// truth; index rows that disagree with it are repaired when read.
/// </summary>
public sealed class TableQuoteStore(StorageLayout layout, Resilience resilience) : IQuoteStore
{
    /// <summary>Entity-group transactions hold at most 100 operations.</summary>
    private const int MaxBatch = 100;

    /// <inheritdoc />
    public async Task<Quote?> GetQuoteAsync(string articleId, string quoteId, CancellationToken cancellationToken)
    {
        if (!IsKey(articleId) || !IsKey(quoteId))
        {
            return null;
        }

        var response = await layout.Quotes.GetEntityIfExistsAsync<TableEntity>(articleId, quoteId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? QuoteEntities.ToQuote(entity) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Quote>> ListArticleQuotesAsync(string articleId, CancellationToken cancellationToken)
    {
        var quotes = new List<Quote>();
        if (!IsKey(articleId))
        {
            return quotes;
        }

        await foreach (var entity in layout.Quotes.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {articleId}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            quotes.Add(QuoteEntities.ToQuote(entity));
        }

        return quotes;
    }

    /// <inheritdoc />
    public async Task<QuotePage> ListQuotesAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var speakerKey = QuoteEntities.SpeakerKey(query.Speaker);
        var scope = $"{query.ArticleId}\n{query.State}\n{speakerKey}";
        var storageToken = ContinuationTokens.Unwrap(scope, query.ContinuationToken);

        return query.ArticleId is { } articleId
            ? await ListByArticleAsync(articleId, query.State, speakerKey, pageSize, scope, storageToken, cancellationToken).ConfigureAwait(false)
            : await ListByStateAsync(query.State, speakerKey, pageSize, scope, storageToken, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SaveExtractionAsync(string articleId, IReadOnlyList<Quote> extracted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var existing = (await ListArticleQuotesAsync(articleId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(q => q.QuoteId, StringComparer.Ordinal);
        var found = extracted.Select(q => q.QuoteId).ToHashSet(StringComparer.Ordinal);

        var actions = new List<TableTransactionAction>(extracted.Count);
        var current = new List<Quote>(extracted.Count);
        foreach (var quote in extracted)
        {
            if (existing.TryGetValue(quote.QuoteId, out var stored))
            {
                // Found again: refresh the extraction, keep the reviewers' state and history.
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, QuoteEntities.ExtractionPatch(quote)));
                current.Add(quote with { State = stored.State, ArticleFirstSeenAt = stored.ArticleFirstSeenAt });
            }
            else
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, QuoteEntities.ToNewEntity(quote)));
                current.Add(quote);
            }
        }

        foreach (var vanished in existing.Values.Where(q => !q.Vanished && !found.Contains(q.QuoteId)))
        {
            actions.Add(new TableTransactionAction(
                TableTransactionActionType.UpdateMerge,
                new TableEntity(articleId, vanished.QuoteId) { ["Vanished"] = true, ["UpdatedAt"] = now }));
        }

        foreach (var batch in actions.Chunk(MaxBatch))
        {
            await layout.Quotes.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        // Index after the quotes: a crash in between is completed by the redelivery, which rewrites it.
        var indexRows = current
            .SelectMany(q => new[] { QuoteEntities.ToIndexEntity(q, q.State), QuoteEntities.ToIndexEntity(q, QuoteEntities.AllPartition) })
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal);
        foreach (var partition in indexRows)
        {
            foreach (var batch in partition.Chunk(MaxBatch))
            {
                await layout.QuotesByState.SubmitTransactionAsync(
                    batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)),
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<QuotePage> ListByArticleAsync(string articleId, ReviewState? state, string? speakerKey, int pageSize, string scope, string? storageToken, CancellationToken cancellationToken)
    {
        if (!IsKey(articleId))
        {
            return new QuotePage([], null);
        }

        var filter = And(
            TableClient.CreateQueryFilter($"PartitionKey eq {articleId}"),
            TableClient.CreateQueryFilter($"Vanished eq {false}"),
            state is null ? null : TableClient.CreateQueryFilter($"State eq {state.ToString()}"),
            speakerKey is null ? null : TableClient.CreateQueryFilter($"SpeakerKey eq {speakerKey}"));
        await foreach (var page in layout.Quotes.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(storageToken, pageSize).ConfigureAwait(false))
        {
            return new QuotePage(page.Values.Select(QuoteEntities.ToQuote).ToList(), ContinuationTokens.Wrap(scope, page.ContinuationToken));
        }

        return new QuotePage([], null);
    }

    private async Task<QuotePage> ListByStateAsync(ReviewState? state, string? speakerKey, int pageSize, string scope, string? storageToken, CancellationToken cancellationToken)
    {
        var filter = And(
            TableClient.CreateQueryFilter($"PartitionKey eq {state?.ToString() ?? QuoteEntities.AllPartition}"),
            speakerKey is null ? null : TableClient.CreateQueryFilter($"SpeakerKey eq {speakerKey}"));
        await foreach (var page in layout.QuotesByState.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(storageToken, pageSize).ConfigureAwait(false))
        {
            var rows = page.Values;
            var quotes = await Task.WhenAll(rows.Select(row => GetQuoteAsync(row.GetString("ArticleId"), row.GetString("QuoteId"), cancellationToken))).ConfigureAwait(false);
            var items = new List<Quote>(rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var quote = quotes[i];
                if (quote is null || (state is not null && quote.State != state.Value))
                {
                    await RepairIndexAsync(rows[i], quote, cancellationToken).ConfigureAwait(false);
                }
                else if (!quote.Vanished)
                {
                    items.Add(quote);
                }
            }

            return new QuotePage(items, ContinuationTokens.Wrap(scope, page.ContinuationToken));
        }

        return new QuotePage([], null);
    }

    /// <inheritdoc />
    public async Task<Quote> ApplyReviewAsync(Quote quote, ReviewEvent reviewEvent, string ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(reviewEvent);

        // The previous event lives on the quote row until this write replaces it: make sure the audit trail has it.
        if (quote.LastEvent is { } previous)
        {
            await AppendEventAsync(quote, previous, cancellationToken).ConfigureAwait(false);
        }

        var keepCorrections = reviewEvent.To == ReviewState.Published;
        var patch = new TableEntity(quote.ArticleId, quote.QuoteId)
        {
            ["State"] = reviewEvent.To.ToString(),
            ["Revision"] = reviewEvent.Revision,
            ["LastEvent"] = QuoteEntities.WriteEvent(reviewEvent),
            ["UpdatedAt"] = reviewEvent.OccurredAt,
            ["CorrectedSpeaker"] = keepCorrections ? quote.CorrectedSpeaker : reviewEvent.CorrectedSpeaker,
        };
        LongText.Write(patch, "CorrectedText", (keepCorrections ? quote.CorrectedText : reviewEvent.CorrectedText) ?? string.Empty);
        QuoteEntities.WriteClaim(patch, quote.ClaimedBy);

        Response response;
        try
        {
            response = await layout.Quotes.UpdateEntityAsync(patch, new ETag(ifMatch), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new QuoteChangedException($"Quote {quote.QuoteId} of article {quote.ArticleId} was changed by someone else; read it again (new ETag) and retry if the action still applies.");
        }

        var updated = quote with
        {
            State = reviewEvent.To,
            Revision = reviewEvent.Revision,
            LastEvent = reviewEvent,
            UpdatedAt = reviewEvent.OccurredAt,
            CorrectedSpeaker = keepCorrections ? quote.CorrectedSpeaker : reviewEvent.CorrectedSpeaker,
            CorrectedText = keepCorrections ? quote.CorrectedText : reviewEvent.CorrectedText,
            ETag = response.Headers.ETag?.ToString(),
        };

        // The transition is committed (the quote row is the truth); deliver it to the audit trail and the index.
        await RepairAsync(updated, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewEvent>> GetHistoryAsync(Quote quote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {quote.ArticleId} and RowKey ge {QuoteEntities.EventRowKey(quote.QuoteId, 0)} and RowKey le {QuoteEntities.EventRowKey(quote.QuoteId, 999_999)}");
        var events = new List<ReviewEvent>();
        await foreach (var row in layout.ReviewEvents.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            events.Add(QuoteEntities.ReadEvent(row.GetString("Event")));
        }

        if (quote.LastEvent is { } last && events.TrueForAll(e => e.Revision != last.Revision))
        {
            await AppendEventAsync(quote, last, cancellationToken).ConfigureAwait(false);
            events.Add(last);
        }

        return events.OrderBy(e => e.Revision).ToList();
    }

    /// <inheritdoc />
    public async Task RepairAsync(Quote quote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (quote.LastEvent is { } last)
        {
            await AppendEventAsync(quote, last, cancellationToken).ConfigureAwait(false);
        }

        await layout.QuotesByState.UpsertEntityAsync(QuoteEntities.ToIndexEntity(quote, quote.State), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (quote.LastEvent is { } moved && moved.From != quote.State)
        {
            await DeleteIndexRowAsync(moved.From.ToString(), QuoteEntities.IndexRowKey(quote.ArticleFirstSeenAt, quote.ArticleId, quote.QuoteId), ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AppendEventAsync(Quote quote, ReviewEvent reviewEvent, CancellationToken cancellationToken) =>
        await layout.ReviewEvents.UpsertEntityAsync(QuoteEntities.ToEventEntity(quote.ArticleId, quote.QuoteId, reviewEvent), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The quote row is the truth: drop an index row that disagrees with it and make sure the right one exists.
    /// A read-modify-write on the index row, retried (bounded) when another writer changed the row first.
    /// </summary>
    private async Task RepairIndexAsync(TableEntity staleRow, Quote? quote, CancellationToken cancellationToken)
    {
        if (quote is not null)
        {
            await layout.QuotesByState.UpsertEntityAsync(QuoteEntities.ToIndexEntity(quote, quote.State), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        await resilience.IndexWrite.ExecuteAsync(
            async ct =>
            {
                var row = await layout.QuotesByState.GetEntityIfExistsAsync<TableEntity>(staleRow.PartitionKey, staleRow.RowKey, cancellationToken: ct).ConfigureAwait(false);
                if (!row.HasValue || row.Value is null)
                {
                    return;
                }

                var current = await GetQuoteAsync(row.Value.GetString("ArticleId"), row.Value.GetString("QuoteId"), ct).ConfigureAwait(false);
                var stillStale = current is null || (staleRow.PartitionKey != QuoteEntities.AllPartition && current.State.ToString() != staleRow.PartitionKey);
                if (stillStale)
                {
                    await layout.QuotesByState.DeleteEntityAsync(row.Value.PartitionKey, row.Value.RowKey, row.Value.ETag, ct).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteIndexRowAsync(string partition, string rowKey, ETag ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            await layout.QuotesByState.DeleteEntityAsync(partition, rowKey, ifMatch, cancellationToken).ConfigureAwait(false);
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

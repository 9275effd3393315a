using System.Globalization;
using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using QuoteCheck.Core.Articles;
using QuoteCheck.Core.Quotes;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Articles in Table Storage, one partition per article holding everything about it: the article row
/// (<see cref="ArticleRowKey"/>), one row per version's text (<c>v000001</c>, ...), the quote rows (ids start
/// with a digit) and their audit rows (<c>e_…</c>). Because they share a partition, a new version and all its
/// quote changes are one entity-group transaction, made conditional on the article row's ETag: concurrent
/// deliveries of one article id are serialised, and a version never interleaves with another.
/// </summary>
public sealed class TableArticleStore(StorageLayout layout, TimeProvider time) : IArticleStore
{
    /// <summary>The row key of the article record within its partition.</summary>
    public const string ArticleRowKey = "article";

    /// <summary>
    /// The partition of the newest-first article list. Article ids start with a letter or digit, so it
    /// cannot collide with an article's own partition.
    /// </summary>
    public const string ListPartition = "~recent";

    /// <summary>The most versions one article keeps; a further text is rejected with the reason.</summary>
    public const int MaxVersions = 200;

    /// <summary>A version's text stays in its row while the row's request payload stays below this; longer texts go to a blob.</summary>
    private const int InlineTextPayloadBytes = 1024 * 1024;

    private const string PendingStatus = "Pending";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task<Article?> GetArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        if (!ArticleId.IsValid(articleId))
        {
            return null;
        }

        var response = await layout.Articles.GetEntityIfExistsAsync<TableEntity>(articleId, ArticleRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is not { } entity || ToArticle(entity) is not { } article)
        {
            return null;
        }

        if (article.Status == ArticleStatus.Rejected && article.Version == 0)
        {
            return article with { Text = await ReadTextAsync(entity, cancellationToken).ConfigureAwait(false) ?? string.Empty };
        }

        var version = await GetArticleVersionAsync(articleId, article.Version, cancellationToken).ConfigureAwait(false);
        return article with { Text = version?.Text ?? string.Empty };
    }

    /// <inheritdoc />
    public async Task<ArticleVersionText?> GetArticleVersionAsync(string articleId, int version, CancellationToken cancellationToken)
    {
        if (!ArticleId.IsValid(articleId) || version < 1)
        {
            return null;
        }

        var response = await layout.Articles.GetEntityIfExistsAsync<TableEntity>(articleId, VersionRowKey(version), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is not { } row)
        {
            return null;
        }

        var info = new ArticleVersionInfo(
            version,
            row.GetString("TextHash") ?? string.Empty,
            row.GetDateTimeOffset("ReceivedAt") ?? row.Timestamp ?? DateTimeOffset.MinValue,
            row.GetInt32("TextLength") ?? 0,
            row.GetInt32("QuoteCount") ?? 0,
            row.GetString("Title"));
        return new ArticleVersionText(info, await ReadTextAsync(row, cancellationToken).ConfigureAwait(false) ?? string.Empty);
    }

    /// <inheritdoc />
    public async Task<ArticlePage> ListArticlesAsync(ArticleStatus? status, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var scope = $"articles\n{status}";
        var storageToken = ContinuationTokens.Unwrap(scope, continuationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ListPartition}");
        if (status is { } wanted)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Status eq {wanted.ToString()}");
        }

        var size = Math.Clamp(pageSize, 1, 100);
        await foreach (var page in layout.Articles.QueryAsync<TableEntity>(filter, size, cancellationToken: cancellationToken).AsPages(storageToken, size).ConfigureAwait(false))
        {
            var items = page.Values.Select(row => new ArticleSummary(
                row.GetString("ArticleId"),
                Enum.Parse<ArticleStatus>(row.GetString("Status")),
                row.GetString("Title"),
                row.GetString("Source"),
                row.GetDateTimeOffset("FirstSeenAt") ?? DateTimeOffset.MinValue,
                row.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.MinValue,
                row.GetInt32("QuoteCount") ?? 0,
                row.GetString("RejectionReason"))).ToList();
            return new ArticlePage(items, ContinuationTokens.Wrap(scope, page.ContinuationToken));
        }

        return new ArticlePage([], null);
    }

    /// <inheritdoc />
    public async Task<ArticleSnapshot> ReadForUpdateAsync(string articleId, CancellationToken cancellationToken)
    {
        // One query: quote rows (digits) sort before "article", audit rows ("e_") and versions ("v") after it.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {articleId} and RowKey le {ArticleRowKey}");
        TableEntity? articleRow = null;
        var quoteRows = new List<TableEntity>();
        await foreach (var row in layout.Articles.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == ArticleRowKey)
            {
                articleRow = row;
            }
            else if (QuoteEntities.IsQuoteRow(row.RowKey) || QuoteEntities.IsLinkRow(row.RowKey))
            {
                quoteRows.Add(row);
            }
        }

        var quotes = QuoteEntities.WithLinks(quoteRows);

        if (articleRow is null)
        {
            return new ArticleSnapshot(null, null, quotes, null, null);
        }

        ArticleWriteLease? lease = articleRow.GetInt32("LeaseVersion") is { } leaseVersion && articleRow.GetDateTimeOffset("LeaseUntil") is { } until
            ? new ArticleWriteLease(leaseVersion, articleRow.GetString("LeaseHash") ?? string.Empty, until)
            : null;
        return new ArticleSnapshot(ToArticle(articleRow) ?? PendingArticle(articleRow), articleRow.ETag.ToString(), quotes, lease, articleRow.GetInt32("IndexShard"));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Quote>> CommitVersionAsync(ArticleCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var article = commit.Article;
        var versionRow = await ToVersionEntityAsync(article, cancellationToken).ConfigureAwait(false);
        var articleRow = ToArticleEntity(article, commit.IndexShard);
        StorageLimits.CheckEntity(articleRow, $"The record of article '{article.Id}'");
        StorageLimits.CheckEntity(versionRow, $"Version {article.Version} of article '{article.Id}'");

        var quoteActions = new List<TableTransactionAction>(commit.Writes.Count + commit.Conflicts.Count);
        foreach (var write in commit.Writes)
        {
            var entity = QuoteEntities.ToEntity(write.Quote);
            StorageLimits.CheckEntity(entity, $"Quote {write.Quote.QuoteId} of article '{article.Id}'");
            quoteActions.Add(write.IfMatch is null
                ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(write.IfMatch)));
        }

        foreach (var (quoteId, conflict) in commit.Conflicts)
        {
            quoteActions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, QuoteEntities.ToConflictEntity(article.Id, quoteId, conflict)));
        }

        var articleAction = commit.ExpectedETag is null
            ? new TableTransactionAction(TableTransactionActionType.Add, articleRow)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, articleRow, new ETag(commit.ExpectedETag));
        var all = new List<TableTransactionAction>(quoteActions.Count + 2) { articleAction, new(TableTransactionActionType.UpsertReplace, versionRow) };
        all.AddRange(quoteActions);
        var batches = StorageLimits.Batches(all, leading: 2);

        if (batches.Count == 1)
        {
            // The common case: the article row, the version and every quote change in one atomic transaction.
            var responses = await SubmitAsync(batches[0], article.Id, cancellationToken).ConfigureAwait(false);
            return WithETags(commit.Writes, batches[0], responses);
        }

        return await CommitInSeveralTransactionsAsync(commit, articleRow, versionRow, quoteActions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A version too large for one transaction: hold the article (a lease on its row, taken with the same
    /// conditional write), write the version and the quotes, then commit the article row against the lease's ETag.
    /// Another delivery that finds the lease waits for it; a lease whose writer died lapses.
    /// </summary>
    private async Task<IReadOnlyList<Quote>> CommitInSeveralTransactionsAsync(ArticleCommit commit, TableEntity articleRow, TableEntity versionRow, List<TableTransactionAction> quoteActions, CancellationToken cancellationToken)
    {
        var article = commit.Article;
        var until = time.GetUtcNow() + commit.LeaseDuration;
        TableEntity claim;
        TableTransactionAction claimAction;
        if (commit.ExpectedETag is null)
        {
            claim = new TableEntity(article.Id, ArticleRowKey) { ["Status"] = PendingStatus, ["FirstSeenAt"] = article.FirstSeenAt, ["IndexShard"] = commit.IndexShard };
            claimAction = new TableTransactionAction(TableTransactionActionType.Add, claim);
        }
        else
        {
            claim = new TableEntity(article.Id, ArticleRowKey);
            claimAction = new TableTransactionAction(TableTransactionActionType.UpdateMerge, claim, new ETag(commit.ExpectedETag));
        }

        claim["LeaseVersion"] = article.Version;
        claim["LeaseHash"] = article.Versions[^1].TextHash;
        claim["LeaseUntil"] = until;

        var all = new List<TableTransactionAction>(quoteActions.Count + 2) { claimAction, new(TableTransactionActionType.UpsertReplace, versionRow) };
        all.AddRange(quoteActions);
        var batches = StorageLimits.Batches(all, leading: 2);
        var etags = new Dictionary<string, string?>(StringComparer.Ordinal);
        var claimed = await SubmitAsync(batches[0], article.Id, cancellationToken).ConfigureAwait(false);
        var leaseETag = claimed[0].Headers.ETag?.ToString()
            ?? (await layout.Articles.GetEntityAsync<TableEntity>(article.Id, ArticleRowKey, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ETag.ToString();
        Collect(batches[0], claimed, etags);
        foreach (var batch in batches.Skip(1))
        {
            // Quotes changed by a reviewer meanwhile fail their If-Match: the whole version is decided again.
            Collect(batch, await SubmitAsync(batch, article.Id, cancellationToken).ConfigureAwait(false), etags);
        }

        try
        {
            await layout.Articles.UpdateEntityAsync(articleRow, new ETag(leaseETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            throw new ArticleChangedException($"Article '{article.Id}' was taken over by another delivery while version {article.Version} was written.");
        }

        return commit.Writes.Select(w => w.Quote with { ETag = etags.GetValueOrDefault(w.Quote.QuoteId) }).ToList();
    }

    /// <inheritdoc />
    public async Task UpsertListEntryAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await layout.Articles.UpsertEntityAsync(
            new TableEntity(ListPartition, ListRowKey(article))
            {
                ["ArticleId"] = article.Id,
                ["Status"] = article.Status.ToString(),
                ["Title"] = article.Title,
                ["Source"] = article.Source,
                ["FirstSeenAt"] = article.FirstSeenAt,
                ["ProcessedAt"] = article.ProcessedAt,
                ["QuoteCount"] = article.QuoteCount,
                ["RejectionReason"] = article.RejectionReason,
            },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RecordRejectionAsync(Article rejection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var entity = await ToRejectionEntityAsync(rejection, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await layout.Articles.GetEntityIfExistsAsync<TableEntity>(rejection.Id, ArticleRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue || existing.Value is not { } row)
                {
                    await layout.Articles.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                    await UpsertListEntryAsync(rejection, cancellationToken).ConfigureAwait(false);
                    return;
                }

                var status = row.GetString("Status");
                if (status == nameof(ArticleStatus.Rejected) || (status == PendingStatus && (row.GetDateTimeOffset("LeaseUntil") ?? DateTimeOffset.MinValue) < time.GetUtcNow()))
                {
                    // Rejected again (or a first version whose writer died): the latest reason wins; the first-seen time stays.
                    var first = row.GetDateTimeOffset("FirstSeenAt") ?? rejection.FirstSeenAt;
                    entity["FirstSeenAt"] = first;
                    await layout.Articles.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                    await UpsertListEntryAsync(rejection with { FirstSeenAt = first }, cancellationToken).ConfigureAwait(false);
                    return;
                }

                // A processed article keeps its text and quotes and notes the latest refused resubmission.
                var note = new TableEntity(rejection.Id, ArticleRowKey)
                {
                    ["RejectionReason"] = Cap(rejection.RejectionReason, 4_000),
                    ["RejectedAt"] = rejection.ProcessedAt,
                };
                await layout.Articles.UpdateEntityAsync(note, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed && attempt < 5)
            {
                // Another delivery wrote the row between the read and this write: read it again.
            }
        }
    }

    /// <summary>The row key of version <paramref name="version"/>'s text.</summary>
    public static string VersionRowKey(int version) => string.Create(CultureInfo.InvariantCulture, $"v{version:D6}");

    private async Task<Response[]> SubmitAsync(IReadOnlyList<TableTransactionAction> batch, string articleId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await layout.Articles.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
            return [.. response.Value];
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            throw new ArticleChangedException($"Article '{articleId}' (or one of its quotes) changed since it was read ({ex.ErrorCode}).");
        }
    }

    private static void Collect(IReadOnlyList<TableTransactionAction> batch, Response[] responses, Dictionary<string, string?> etags)
    {
        for (var i = 0; i < batch.Count && i < responses.Length; i++)
        {
            if (QuoteEntities.IsQuoteRow(batch[i].Entity.RowKey))
            {
                etags[batch[i].Entity.RowKey] = responses[i].Headers.ETag?.ToString();
            }
        }
    }

    private static List<Quote> WithETags(IReadOnlyList<QuoteWrite> writes, IReadOnlyList<TableTransactionAction> batch, Response[] responses)
    {
        var etags = new Dictionary<string, string?>(StringComparer.Ordinal);
        Collect(batch, responses, etags);
        return writes.Select(w => w.Quote with { ETag = etags.GetValueOrDefault(w.Quote.QuoteId) }).ToList();
    }

    private static string ListRowKey(Article article) =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - article.FirstSeenAt.UtcTicks:D19}_{article.Id}");

    private static Article? ToArticle(TableEntity entity)
    {
        if (!Enum.TryParse<ArticleStatus>(entity.GetString("Status"), out var status))
        {
            return null;
        }

        return new Article
        {
            Id = entity.PartitionKey,
            Status = status,
            Text = string.Empty,
            Title = entity.GetString("Title"),
            Url = entity.GetString("Url"),
            Source = entity.GetString("Source"),
            PublishedAt = entity.GetDateTimeOffset("PublishedAt"),
            Language = entity.GetString("Language"),
            RejectionReason = entity.GetString("RejectionReason"),
            FirstSeenAt = entity.GetDateTimeOffset("FirstSeenAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue,
            ProcessedAt = entity.GetDateTimeOffset("ProcessedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue,
            QuoteCount = entity.GetInt32("QuoteCount") ?? 0,
            ExtractorVersion = entity.GetString("ExtractorVersion"),
            Version = entity.GetInt32("Version") ?? 0,
            Versions = LongText.Read(entity, "Versions") is { Length: > 0 } json ? JsonSerializer.Deserialize<List<ArticleVersionInfo>>(json, Json) ?? [] : [],
            DequeueCount = entity.GetInt64("DequeueCount"),
            RawMessage = LongText.Read(entity, "RawMessage"),
        };
    }

    /// <summary>A first version still being written: only when it was first seen is known.</summary>
    private static Article PendingArticle(TableEntity entity) => new()
    {
        Id = entity.PartitionKey,
        Status = ArticleStatus.Rejected,
        Text = string.Empty,
        FirstSeenAt = entity.GetDateTimeOffset("FirstSeenAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue,
        ProcessedAt = entity.Timestamp ?? DateTimeOffset.MinValue,
        RejectionReason = "A first version is still being written.",
    };

    private static TableEntity ToArticleEntity(Article article, int indexShard)
    {
        var entity = new TableEntity(article.Id, ArticleRowKey)
        {
            ["Status"] = article.Status.ToString(),
            ["Title"] = article.Title,
            ["Url"] = article.Url,
            ["Source"] = article.Source,
            ["PublishedAt"] = article.PublishedAt,
            ["Language"] = article.Language,
            ["FirstSeenAt"] = article.FirstSeenAt,
            ["ProcessedAt"] = article.ProcessedAt,
            ["QuoteCount"] = article.QuoteCount,
            ["ExtractorVersion"] = article.ExtractorVersion,
            ["Version"] = article.Version,
            ["IndexShard"] = indexShard,
        };
        LongText.Write(entity, "Versions", JsonSerializer.Serialize(article.Versions, Json));
        return entity;
    }

    private async Task<TableEntity> ToVersionEntityAsync(Article article, CancellationToken cancellationToken)
    {
        var info = article.Versions[^1];
        var row = new TableEntity(article.Id, VersionRowKey(article.Version))
        {
            ["TextHash"] = info.TextHash,
            ["ReceivedAt"] = info.ReceivedAt,
            ["TextLength"] = article.Text.Length,
            ["QuoteCount"] = info.QuoteCount,
            ["Title"] = info.Title,
        };
        await WriteTextAsync(row, $"texts/{article.Id}/{info.TextHash}.txt", article.Text, cancellationToken).ConfigureAwait(false);
        return row;
    }

    private async Task<TableEntity> ToRejectionEntityAsync(Article rejection, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(rejection.Id, ArticleRowKey)
        {
            ["Status"] = nameof(ArticleStatus.Rejected),
            ["Title"] = Cap(rejection.Title, 1_000),
            ["Url"] = Cap(rejection.Url, 2_000),
            ["Source"] = Cap(rejection.Source, 1_000),
            ["PublishedAt"] = rejection.PublishedAt,
            ["Language"] = Cap(rejection.Language, 100),
            ["RejectionReason"] = Cap(rejection.RejectionReason, 4_000),
            ["FirstSeenAt"] = rejection.FirstSeenAt,
            ["ProcessedAt"] = rejection.ProcessedAt,
            ["Version"] = 0,
            ["DequeueCount"] = rejection.DequeueCount,
        };
        if (rejection.RawMessage is { } raw)
        {
            LongText.Write(entity, "RawMessage", raw);
        }

        await WriteTextAsync(entity, $"rejected/{rejection.Id}/{ArticleId.FromContent(rejection.Text)}.txt", rejection.Text, cancellationToken).ConfigureAwait(false);
        StorageLimits.CheckEntity(entity, $"The rejection of '{rejection.Id}'");
        return entity;
    }

    /// <summary>Keeps a text in the row while it fits comfortably; else in a content-addressed blob (idempotent, and safe for a delivery that loses a race).</summary>
    private async Task WriteTextAsync(TableEntity row, string blobName, string text, CancellationToken cancellationToken)
    {
        var probe = new TableEntity(row.PartitionKey, row.RowKey);
        foreach (var (key, value) in row)
        {
            probe[key] = value;
        }

        LongText.Write(probe, "Text", text);
        if (StorageLimits.EntityBytes(probe) <= StorageLimits.EntityBudgetBytes / 2 && StorageLimits.PayloadBytes(probe) <= InlineTextPayloadBytes)
        {
            LongText.Write(row, "Text", text);
            return;
        }

        await layout.Container.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(text), overwrite: true, cancellationToken).ConfigureAwait(false);
        row["TextBlob"] = blobName;
    }

    private async Task<string?> ReadTextAsync(TableEntity row, CancellationToken cancellationToken)
    {
        if (row.GetString("TextBlob") is { } blobName)
        {
            var content = await layout.Container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToString();
        }

        return LongText.Read(row, "Text");
    }

    private static string? Cap(string? value, int max) =>
        value is null || value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "\u2026");
}

using System.Net;
using Azure;
using Azure.Data.Tables;
using QuoteCheck.Core.Articles;

namespace QuoteCheck.Functions.Storage;

/// <summary>Article records in Table Storage; texts too large for a row go to the blob container.</summary>
public sealed class TableArticleStore(StorageLayout layout) : IArticleStore
{
    /// <summary>The row key of the article record within its partition.</summary>
    public const string ArticleRowKey = "article";

    /// <summary>The row that fixes when an article id was first seen (written once, by whichever delivery is first).</summary>
    public const string SeenRowKey = "seen";

    /// <summary>
    /// The partition of the newest-first article list. Article ids start with a letter or digit, so it
    /// cannot collide with an article's own partition.
    /// </summary>
    public const string ListPartition = "~recent";

    /// <inheritdoc />
    public async Task<Article?> GetArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        if (!ArticleId.IsValid(articleId))
        {
            return null;
        }

        var response = await layout.Articles.GetEntityIfExistsAsync<TableEntity>(articleId, ArticleRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is not { } entity)
        {
            return null;
        }

        var text = LongText.Read(entity, "Text");
        if (entity.GetString("TextBlob") is { } blobName)
        {
            var content = await layout.Container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            text = content.Value.Content.ToString();
        }

        return new Article
        {
            Id = entity.PartitionKey,
            Status = Enum.Parse<ArticleStatus>(entity.GetString("Status")),
            Text = text ?? string.Empty,
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
        };
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
    public async Task<DateTimeOffset> ClaimFirstSeenAsync(string articleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await layout.Articles.AddEntityAsync(new TableEntity(articleId, SeenRowKey) { ["FirstSeenAt"] = now }, cancellationToken).ConfigureAwait(false);
            return now;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            var seen = await layout.Articles.GetEntityAsync<TableEntity>(articleId, SeenRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            return seen.Value.GetDateTimeOffset("FirstSeenAt") ?? now;
        }
    }

    /// <inheritdoc />
    public async Task UpsertArticleAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var entity = await ToEntityAsync(article, cancellationToken).ConfigureAwait(false);
        await layout.Articles.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await UpsertListRowAsync(article, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RecordRejectionAsync(Article rejection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var entity = await ToEntityAsync(rejection, cancellationToken).ConfigureAwait(false);
        try
        {
            await layout.Articles.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            await UpsertListRowAsync(rejection, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            // An article with this id exists: a processed one keeps its text and quotes.
        }

        var existing = await layout.Articles.GetEntityAsync<TableEntity>(rejection.Id, ArticleRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (existing.Value.GetString("Status") == nameof(ArticleStatus.Rejected))
        {
            // Rejected again: the latest reason wins.
            await layout.Articles.UpdateEntityAsync(entity, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            await UpsertListRowAsync(rejection, cancellationToken).ConfigureAwait(false);
            return;
        }

        var note = new TableEntity(rejection.Id, ArticleRowKey)
        {
            ["RejectionReason"] = rejection.RejectionReason,
            ["RejectedAt"] = rejection.ProcessedAt,
        };
        await layout.Articles.UpdateEntityAsync(note, existing.Value.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The article's row in the newest-first list; its key never changes for an article.</summary>
    private async Task UpsertListRowAsync(Article article, CancellationToken cancellationToken) =>
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

    private static string ListRowKey(Article article) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - article.FirstSeenAt.UtcTicks:D19}_{article.Id}");

    private async Task<TableEntity> ToEntityAsync(Article article, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(article.Id, ArticleRowKey)
        {
            ["Status"] = article.Status.ToString(),
            ["Title"] = article.Title,
            ["Url"] = article.Url,
            ["Source"] = article.Source,
            ["PublishedAt"] = article.PublishedAt,
            ["Language"] = article.Language,
            ["RejectionReason"] = article.RejectionReason,
            ["FirstSeenAt"] = article.FirstSeenAt,
            ["ProcessedAt"] = article.ProcessedAt,
            ["QuoteCount"] = article.QuoteCount,
            ["ExtractorVersion"] = article.ExtractorVersion,
            ["TextLength"] = article.Text.Length,
        };

        if (article.Text.Length <= LongText.MaxChars)
        {
            LongText.Write(entity, "Text", article.Text);
        }
        else
        {
            var blobName = $"texts/{article.Id}.txt";
            await layout.Container.GetBlobClient(blobName)
                .UploadAsync(BinaryData.FromString(article.Text), overwrite: true, cancellationToken).ConfigureAwait(false);
            entity["TextBlob"] = blobName;
        }

        return entity;
    }
}

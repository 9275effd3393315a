using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace QuoteCheck.Functions.Storage;

/// <summary>The tables, queues and container QuoteCheck uses, named from <see cref="QuoteCheckOptions"/>.</summary>
public sealed class StorageLayout(StorageConnection connection, IOptions<QuoteCheckOptions> options)
{
    private readonly QuoteCheckOptions _options = options.Value;

    /// <summary>
    /// Everything about one article in its partition: the article row, its versions' texts, its quotes and their
    /// audit rows (see <see cref="TableArticleStore"/>), plus the newest-first article list.
    /// </summary>
    public TableClient Articles => connection.Tables.GetTableClient(_options.TablePrefix + "Articles");

    /// <summary>The review-queue index: partitions per state, hour and shard, newest article first.</summary>
    public TableClient QuotesByState => connection.Tables.GetTableClient(_options.TablePrefix + "QuotesByState");

    /// <summary>
    /// The same quote across articles: the link index (exact keys and anchors) and the feed of published fact checks
    /// (see <see cref="TableLinkIndex"/> and <see cref="QuoteViews"/>).
    /// </summary>
    public TableClient QuoteLinks => connection.Tables.GetTableClient(_options.TablePrefix + "QuoteLinks");

    /// <summary>
    /// Each identity's members, which a quote's GET reads: a table of their own, apart from the link index's anchor rows
    /// (up to 64 a quote), so the read's query never shares a table with them (Azurite scans a whole table per query).
    /// </summary>
    public TableClient QuoteIdentities => connection.Tables.GetTableClient(_options.TablePrefix + "QuoteIdentities");

    /// <summary>Canonical speakers: each speaker's quotes and counts by state, and the alphabetical list of speakers.</summary>
    public TableClient Speakers => connection.Tables.GetTableClient(_options.TablePrefix + "Speakers");

    /// <summary>The linker's queue: one message per article to link after it is stored.</summary>
    public QueueClient LinkQueue => connection.Queues.GetQueueClient(_options.LinkQueue);

    /// <summary>
    /// What keeps failures from expiring unrecorded (see <see cref="PoisonRecords"/>): a table of its own, so an operator
    /// who lists and replays drained poison messages can be granted it without any access to articles or quotes.
    /// </summary>
    public TableClient Poison => connection.Tables.GetTableClient(_options.TablePrefix + "Poison");

    /// <summary>The index sweeper's queue (see <see cref="IndexRepairs"/>).</summary>
    public QueueClient RepairQueue => connection.Queues.GetQueueClient(_options.IndexRepairQueue);

    /// <summary>The articles queue.</summary>
    public QueueClient ArticlesQueue => connection.Queues.GetQueueClient(_options.ArticlesQueue);

    /// <summary>Where the host moves messages that failed <c>maxDequeueCount</c> times.</summary>
    public QueueClient PoisonQueue => connection.Queues.GetQueueClient(_options.PoisonQueue);

    /// <summary>Large article bodies (claim check) and article texts too large for a table row.</summary>
    public BlobContainerClient Container => connection.Blobs.GetBlobContainerClient(_options.BlobContainer);

    /// <summary>Creates whatever does not exist yet; safe to call any number of times.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Articles.CreateIfNotExistsAsync(cancellationToken),
            QuotesByState.CreateIfNotExistsAsync(cancellationToken),
            QuoteLinks.CreateIfNotExistsAsync(cancellationToken),
            QuoteIdentities.CreateIfNotExistsAsync(cancellationToken),
            Speakers.CreateIfNotExistsAsync(cancellationToken),
            LinkQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Poison.CreateIfNotExistsAsync(cancellationToken),
            RepairQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            ArticlesQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}

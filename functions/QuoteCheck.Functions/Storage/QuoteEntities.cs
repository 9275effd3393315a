using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// Maps quotes to and from their rows: the quote row in its article's partition (the truth), its audit rows
/// beside it, and its review-queue index rows, which carry the same properties so a list page is one query.
/// </summary>
internal static class QuoteEntities
{
    /// <summary>The index partition family that lists quotes of every state.</summary>
    public const string AllPartition = "All";

    /// <summary>Audit rows of a quote: <c>e_{quoteId}_{revision}</c> for transitions, <c>e_{quoteId}_x{version}</c> for extraction disagreements.</summary>
    public const string EventPrefix = "e_";

    /// <summary>The first row key after every quote row (quote ids start with a digit).</summary>
    public const string QuoteRowsEnd = ":";

    /// <summary>
    /// The index family of undecided quotes that arrived with a verdict already given on the same quote elsewhere
    /// ("previously decided"), so the desk can take those first.
    /// </summary>
    public const string PriorPartition = "Prior";

    /// <summary>A quote's link row sits right after its quote row: <c>{quoteId}~link</c> (quote ids hold no <c>~</c>).</summary>
    public const string LinkSuffix = "~link";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>True when <paramref name="rowKey"/> is a quote row of an article partition.</summary>
    public static bool IsQuoteRow(string rowKey) => rowKey.Length > 0 && char.IsAsciiDigit(rowKey[0]) && !rowKey.EndsWith(LinkSuffix, StringComparison.Ordinal);

    /// <summary>True when <paramref name="rowKey"/> is a quote's link row.</summary>
    public static bool IsLinkRow(string rowKey) => rowKey.Length > 0 && char.IsAsciiDigit(rowKey[0]) && rowKey.EndsWith(LinkSuffix, StringComparison.Ordinal);

    /// <summary>The row key of a quote's link row.</summary>
    public static string LinkRowKey(string quoteId) => quoteId + LinkSuffix;

    /// <summary>The index families a quote is listed in: its state, all states, and "previously decided" while it is undecided with a prior verdict.</summary>
    public static IReadOnlyList<string> Families(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.Link?.PriorDecision is not null && !ExtractionMerge.IsDecided(quote.State)
            ? [quote.State.ToString(), AllPartition, PriorPartition]
            : [quote.State.ToString(), AllPartition];
    }

    /// <summary>Every family name an index row can be in.</summary>
    public static IReadOnlyList<string> AllFamilies { get; } = [.. Enum.GetNames<ReviewState>(), AllPartition, PriorPartition];

    /// <summary>The link row of a quote.</summary>
    public static TableEntity ToLinkEntity(string articleId, string quoteId, QuoteLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var entity = new TableEntity(articleId, LinkRowKey(quoteId));
        WriteLink(entity, link);
        return entity;
    }

    /// <summary>Reads a link row (or the link properties an index row carries); null when there are none.</summary>
    public static QuoteLink? ReadLink(TableEntity entity, bool ownRow)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.GetString("LinkIdentity") is not { Length: > 0 } identity)
        {
            return null;
        }

        return new QuoteLink
        {
            IdentityId = identity,
            Relation = LinkRelations.Parse(entity.GetString("LinkRelation")),
            FingerprintKey = entity.GetString("LinkKey") ?? string.Empty,
            LinkedSpeaker = entity.GetString("LinkSpeaker"),
            ListedSpeakerKey = entity.GetString("LinkListedSpeaker"),
            PriorDecision = entity.GetString("LinkPrior") is { Length: > 0 } prior ? JsonSerializer.Deserialize<PriorDecision>(prior, Json) : null,
            LinkedAt = entity.GetDateTimeOffset("LinkedAt") ?? DateTimeOffset.MinValue,
            Shared = entity.GetBoolean("LinkShared") ?? false,
            ETag = ownRow ? entity.ETag.ToString() : null,
        };
    }

    /// <summary>Pairs quote rows with their link rows, read together from an article partition.</summary>
    public static List<Quote> WithLinks(IEnumerable<TableEntity> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var quotes = new List<Quote>();
        var links = new Dictionary<string, QuoteLink>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (IsQuoteRow(row.RowKey))
            {
                quotes.Add(ToQuote(row));
            }
            else if (IsLinkRow(row.RowKey) && ReadLink(row, ownRow: true) is { } link)
            {
                links[row.RowKey[..^LinkSuffix.Length]] = link;
            }
        }

        return quotes.Select(q => links.TryGetValue(q.QuoteId, out var link) ? q with { Link = link } : q).ToList();
    }

    private static void WriteLink(TableEntity entity, QuoteLink link)
    {
        entity["LinkIdentity"] = link.IdentityId;
        entity["LinkRelation"] = link.Relation?.ToWireName();
        entity["LinkKey"] = link.FingerprintKey;
        entity["LinkSpeaker"] = link.LinkedSpeaker;
        entity["LinkListedSpeaker"] = link.ListedSpeakerKey;
        entity["LinkPrior"] = link.PriorDecision is { } prior ? JsonSerializer.Serialize(prior, Json) : null;
        entity["LinkedAt"] = link.LinkedAt;
        entity["LinkShared"] = link.Shared;
    }

    /// <summary>The quote row: every property of the quote.</summary>
    public static TableEntity ToEntity(Quote quote)
    {
        var entity = new TableEntity(quote.ArticleId, quote.QuoteId);
        WriteProperties(entity, quote);
        return entity;
    }

    /// <summary>The index row of <paramref name="quote"/> in the partition family <paramref name="family"/> (a state name or <see cref="AllPartition"/>).</summary>
    public static TableEntity ToIndexEntity(Quote quote, string family) =>
        ToCopy(quote, IndexKeys.Partition(family, quote.ArticleFirstSeenAt, quote.IndexShard), IndexKeys.Row(quote.ArticleFirstSeenAt, quote.ArticleId, quote.QuoteId));

    /// <summary>A copy of the quote under other keys (an index row, a speaker's row): every property, the ids, the quote row's ETag and its link.</summary>
    public static TableEntity ToCopy(Quote quote, string partition, string row)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var entity = new TableEntity(partition, row);
        WriteProperties(entity, quote);
        entity["ArticleId"] = quote.ArticleId;
        entity["QuoteId"] = quote.QuoteId;
        entity["QuoteETag"] = quote.ETag;
        if (quote.Link is { } link)
        {
            WriteLink(entity, link);
        }

        return entity;
    }

    private static void WriteProperties(TableEntity entity, Quote quote)
    {
        var q = quote.Extraction;
        entity["Start"] = q.Start;
        entity["End"] = q.End;
        entity["Kind"] = q.Kind.ToString();
        entity["Speaker"] = q.Speaker;
        entity["SpeakerKey"] = SpeakerKey(q.Speaker);
        entity["SpeakerMention"] = q.SpeakerMention;
        entity["SpeakerStart"] = q.SpeakerStart;
        entity["SpeakerEnd"] = q.SpeakerEnd;
        entity["Role"] = q.Role;
        entity["Cue"] = q.Cue;
        entity["CueStart"] = q.CueStart;
        entity["CueEnd"] = q.CueEnd;
        entity["Confidence"] = q.Confidence;
        entity["ExtractorVersion"] = quote.ExtractorVersion;
        entity["State"] = quote.State.ToString();
        entity["Revision"] = quote.Revision;
        entity["CorrectedSpeaker"] = quote.CorrectedSpeaker;

        // Quote and index rows are always written whole (Replace), so an absent claimant is simply no column.
        entity["ClaimedById"] = quote.ClaimedBy?.Id;
        entity["ClaimedBy"] = quote.ClaimedBy?.Name;
        entity["LastEvent"] = quote.LastEvent is { } last ? WriteEvent(last) : null;
        entity["Decision"] = quote.Decision is { } decision ? WriteEvent(decision) : null;
        entity["ArticleFirstSeenAt"] = quote.ArticleFirstSeenAt;
        entity["UpdatedAt"] = quote.UpdatedAt;
        entity["Vanished"] = quote.Vanished;
        entity["ArticleVersion"] = quote.ArticleVersion;
        entity["ArticleTitle"] = quote.ArticleTitle;
        entity["ArticleSource"] = quote.ArticleSource;
        entity["ExtractionConflict"] = quote.ExtractionConflict is { } conflict ? JsonSerializer.Serialize(conflict, Json) : null;
        entity["IndexShard"] = quote.IndexShard;
        LongText.Write(entity, "Text", q.Text);
        LongText.Write(entity, "Evidence", q.Evidence);
        LongText.Write(entity, "CorrectedText", quote.CorrectedText ?? string.Empty);
    }

    /// <summary>Reads a quote row, or an index row (which names its quote in properties and carries the quote row's ETag).</summary>
    public static Quote ToQuote(TableEntity entity)
    {
        var indexRow = entity.GetString("QuoteId") is not null;
        return new Quote
        {
            ArticleId = indexRow ? entity.GetString("ArticleId") : entity.PartitionKey,
            QuoteId = indexRow ? entity.GetString("QuoteId") : entity.RowKey,
            Extraction = new ExtractedQuote
            {
                Text = LongText.Read(entity, "Text") ?? string.Empty,
                Start = entity.GetInt32("Start") ?? 0,
                End = entity.GetInt32("End") ?? 0,
                Kind = Enum.TryParse<QuoteKind>(entity.GetString("Kind"), out var kind) ? kind : QuoteKind.Direct,
                Speaker = entity.GetString("Speaker"),
                SpeakerMention = entity.GetString("SpeakerMention"),
                SpeakerStart = entity.GetInt32("SpeakerStart"),
                SpeakerEnd = entity.GetInt32("SpeakerEnd"),
                Role = entity.GetString("Role"),
                Cue = entity.GetString("Cue"),
                CueStart = entity.GetInt32("CueStart"),
                CueEnd = entity.GetInt32("CueEnd"),
                Confidence = entity.GetDouble("Confidence") ?? 0,
                Evidence = LongText.Read(entity, "Evidence") ?? string.Empty,
            },
            ExtractorVersion = entity.GetString("ExtractorVersion") ?? string.Empty,
            State = Enum.TryParse<ReviewState>(entity.GetString("State"), out var state) ? state : ReviewState.New,
            Revision = entity.GetInt32("Revision") ?? 0,
            CorrectedSpeaker = entity.GetString("CorrectedSpeaker"),
            CorrectedText = LongText.Read(entity, "CorrectedText") is { Length: > 0 } corrected ? corrected : null,
            ClaimedBy = ReadClaim(entity),
            LastEvent = entity.GetString("LastEvent") is { } lastEvent ? ReadEvent(lastEvent) : null,
            Decision = entity.GetString("Decision") is { } decision ? ReadEvent(decision) : null,
            Link = indexRow ? ReadLink(entity, ownRow: false) : null,
            ArticleFirstSeenAt = entity.GetDateTimeOffset("ArticleFirstSeenAt") ?? DateTimeOffset.MinValue,
            UpdatedAt = entity.GetDateTimeOffset("UpdatedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue,
            Vanished = entity.GetBoolean("Vanished") ?? false,
            ArticleVersion = entity.GetInt32("ArticleVersion") ?? 1,
            ArticleTitle = entity.GetString("ArticleTitle"),
            ArticleSource = entity.GetString("ArticleSource"),
            ExtractionConflict = entity.GetString("ExtractionConflict") is { Length: > 0 } conflict ? JsonSerializer.Deserialize<ExtractionConflict>(conflict, Json) : null,
            IndexShard = entity.GetInt32("IndexShard") ?? 0,
            ETag = indexRow ? entity.GetString("QuoteETag") : entity.ETag.ToString(),
        };
    }

    private static Claimant? ReadClaim(TableEntity entity) =>
        entity.GetString("ClaimedById") is { Length: > 0 } id ? new Claimant(id, entity.GetString("ClaimedBy") is { Length: > 0 } name ? name : id) : null;

    /// <summary>The audit row of one transition, beside its quote so both are written in one transaction.</summary>
    public static TableEntity ToEventEntity(string articleId, string quoteId, ReviewEvent reviewEvent) =>
        new(articleId, EventRowKey(quoteId, reviewEvent.Revision)) { ["QuoteId"] = quoteId, ["Event"] = WriteEvent(reviewEvent) };

    /// <summary>The audit row of an extraction disagreement.</summary>
    public static TableEntity ToConflictEntity(string articleId, string quoteId, ExtractionConflict conflict) =>
        new(articleId, string.Create(CultureInfo.InvariantCulture, $"{EventPrefix}{quoteId}_x{conflict.ArticleVersion:D6}")) { ["QuoteId"] = quoteId, ["Conflict"] = JsonSerializer.Serialize(conflict, Json) };

    public static string EventRowKey(string quoteId, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"{EventPrefix}{quoteId}_{revision:D6}");

    /// <summary>The row-key range of a quote's audit rows.</summary>
    public static (string From, string To) HistoryRange(string quoteId) => ($"{EventPrefix}{quoteId}_", $"{EventPrefix}{quoteId}_~");

    public static ExtractionConflict? ReadConflict(TableEntity row) =>
        row.GetString("Conflict") is { Length: > 0 } json ? JsonSerializer.Deserialize<ExtractionConflict>(json, Json) : null;

    public static string WriteEvent(ReviewEvent reviewEvent) =>
        JsonSerializer.Serialize(
            new StoredEvent(reviewEvent.Revision, reviewEvent.Action, reviewEvent.From, reviewEvent.To, reviewEvent.Reviewer, reviewEvent.OccurredAt, reviewEvent.Note, reviewEvent.CorrectedSpeaker, reviewEvent.CorrectedText, reviewEvent.ReviewerId,
                reviewEvent.Origin is { } origin ? new StoredOrigin(origin.ArticleId, origin.QuoteId, origin.Reviewer) : null),
            Json);

    public static ReviewEvent ReadEvent(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredEvent>(json, Json)
            ?? throw new JsonException("A stored review event is empty.");
        return new ReviewEvent
        {
            Revision = stored.Revision,
            Action = stored.Action,
            From = stored.From,
            To = stored.To,
            Reviewer = stored.Reviewer,
            OccurredAt = stored.At,
            Note = stored.Note,
            CorrectedSpeaker = stored.CorrectedSpeaker,
            CorrectedText = stored.CorrectedText,
            ReviewerId = stored.ReviewerId,
            Origin = stored.Origin is { } origin ? new ReviewOrigin(origin.ArticleId, origin.QuoteId, origin.Reviewer) : null,
        };
    }

    /// <summary>The stored shape of an event: fixed here, so renaming a domain property never strands audit data.</summary>
    private sealed record StoredEvent(int Revision, ReviewAction Action, ReviewState From, ReviewState To, string Reviewer, DateTimeOffset At, string? Note, string? CorrectedSpeaker, string? CorrectedText, string? ReviewerId = null, StoredOrigin? Origin = null);

    /// <summary>The stored shape of the quote a verdict was carried over from.</summary>
    private sealed record StoredOrigin(string ArticleId, string QuoteId, string Reviewer);

    /// <summary>The case-insensitive key the speaker filter matches.</summary>
    public static string? SpeakerKey(string? speaker) =>
        string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim().ToLowerInvariant();
}

/// <summary>
/// Keys of the review-queue index. Partition <c>{state}|{inverted hour}|{shard}</c>, row
/// <c>{inverted ticks}_{article}_{quote}</c>: a range query over <c>{state}|</c> reads newest first, an hour's
/// writes spread over the configured shards, and no key ever changes for a quote, so paging stays stable
/// while reviewers move quotes between states.
/// </summary>
internal static class IndexKeys
{
    /// <summary>Hours from year 1 to 9999 fit eight digits.</summary>
    private const long MaxHours = 99_999_999;

    public static string Partition(string family, DateTimeOffset firstSeenAt, int shard) =>
        string.Create(CultureInfo.InvariantCulture, $"{family}|{MaxHours - (firstSeenAt.UtcTicks / TimeSpan.TicksPerHour):D8}|{shard:D2}");

    public static string Row(DateTimeOffset firstSeenAt, string articleId, string quoteId) =>
        string.Create(CultureInfo.InvariantCulture, $"{RowPrefix(firstSeenAt, articleId)}{quoteId}");

    /// <summary>The row-key prefix every index row of one article shares.</summary>
    public static string RowPrefix(DateTimeOffset firstSeenAt, string articleId) =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - firstSeenAt.UtcTicks:D19}_{articleId}_");

    /// <summary>The partition-key range of one family: every partition key starting <c>{family}|</c>.</summary>
    public static (string From, string To) FamilyRange(string family) => ($"{family}|", $"{family}|~");

    /// <summary>A stable shard for an article in [0, <paramref name="shards"/>).</summary>
    public static int ShardOf(string articleId, int shards)
    {
        if (shards <= 1)
        {
            return 0;
        }

        // FNV-1a: stable across processes and runtimes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in articleId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)shards);
    }
}

using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using QuoteCheck.Core.ClaimReviews;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Core.Speakers;

namespace QuoteCheck.Functions.Storage;

/// <summary>What a member row and a published claim need from the article itself (its row, not its text).</summary>
/// <param name="Url">Where it was published.</param>
/// <param name="PublishedAt">When, as its producer said.</param>
public sealed record ArticleFacts(string? Url, DateTimeOffset? PublishedAt);

/// <summary>
/// Keys and rows of the views derived from quote rows: identity members and the published feed (<c>QuoteLinks</c>),
/// and speakers (<c>Speakers</c>). Each is a copy the quote row is the truth for.
/// </summary>
internal static class ViewEntities
{
    /// <summary>Shards of a speaker's counts, so concurrent writers of one busy speaker rarely contend on one row.</summary>
    public const int SpeakerTotalShards = 4;

    /// <summary>The most characters of a quote a member row keeps.</summary>
    public const int MemberTextChars = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    // ---- Identity members: partition m|{identity}, row {first seen ticks}|{article}|{quote}: first appearance first.

    public static string MemberPartition(string identityId) => "m|" + identityId;

    /// <summary>
    /// The identity's version row, in its members' partition after every member row: renewed with each change to a
    /// member row (one transaction), so its ETag says whether a members page read before is still the page (<see cref="MemberPages"/>).
    /// </summary>
    public const string MembersVersionRow = "~version";

    /// <summary>The member rows of an identity's partition, without its version row.</summary>
    public static string MembersFilter(string identityId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {MemberPartition(identityId)} and RowKey lt {MembersVersionRow}");

    public static string MemberRow(Quote quote) =>
        string.Create(CultureInfo.InvariantCulture, $"{quote.ArticleFirstSeenAt.UtcTicks:D19}|{quote.ArticleId}|{quote.QuoteId}");

    public static TableEntity ToMember(Quote quote, ArticleFacts article)
    {
        var text = quote.Extraction.Text;
        var entity = new TableEntity(MemberPartition(quote.Link!.IdentityId), MemberRow(quote))
        {
            ["ArticleId"] = quote.ArticleId,
            ["QuoteId"] = quote.QuoteId,
            ["Relation"] = quote.Link.Relation?.ToWireName(),
            ["Speaker"] = quote.Extraction.Speaker,
            ["Text"] = text.Length <= MemberTextChars ? text : text[..(MemberTextChars - 1)] + "\u2026",
            ["ArticleTitle"] = quote.ArticleTitle,
            ["ArticleSource"] = quote.ArticleSource,
            ["ArticleUrl"] = article.Url,
            ["ArticlePublishedAt"] = article.PublishedAt,
            ["ArticleFirstSeenAt"] = quote.ArticleFirstSeenAt,
        };
        WriteMemberState(entity, quote);
        return entity;
    }

    /// <summary>The properties of a member row that follow the quote's review.</summary>
    public static void WriteMemberState(TableEntity entity, Quote quote)
    {
        entity["State"] = quote.State.ToString();
        entity["Revision"] = quote.Revision;
        entity["QuoteETag"] = quote.ETag;
        entity["Decision"] = quote.Decision is { } decision ? QuoteEntities.WriteEvent(decision) : null;
        entity["Vanished"] = quote.Vanished;
    }

    public static IdentityMember ToMember(TableEntity row) => new(
        row.GetString("ArticleId") ?? string.Empty,
        row.GetString("QuoteId") ?? string.Empty,
        Enum.TryParse<ReviewState>(row.GetString("State"), out var state) ? state : ReviewState.New,
        row.GetInt32("Revision") ?? 0,
        row.GetString("QuoteETag"),
        LinkRelations.Parse(row.GetString("Relation")),
        row.GetString("Speaker"),
        row.GetString("Text") ?? string.Empty,
        row.GetString("ArticleTitle"),
        row.GetString("ArticleSource"),
        row.GetString("ArticleUrl"),
        row.GetDateTimeOffset("ArticlePublishedAt"),
        row.GetDateTimeOffset("ArticleFirstSeenAt") ?? DateTimeOffset.MinValue,
        row.GetString("Decision") is { Length: > 0 } decision ? QuoteEntities.ReadEvent(decision) : null,
        row.GetBoolean("Vanished") ?? false);

    // ---- Published feed: partition r|{inverted month}, row {inverted ticks}|{article}|{quote}: newest first.

    /// <summary>The partition-key range of the feed.</summary>
    public static (string From, string To) FeedRange => ("r|", "r}");

    public static (string Partition, string Row) FeedKeys(string articleId, string quoteId, DateTimeOffset publishedAt)
    {
        var utc = publishedAt.ToUniversalTime();
        return (
            string.Create(CultureInfo.InvariantCulture, $"r|{999_999 - (utc.Year * 100) - utc.Month:D6}"),
            string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - utc.UtcTicks:D19}|{articleId}|{quoteId}"));
    }

    public static TableEntity ToFeed(PublishedClaim claim)
    {
        var (partition, row) = FeedKeys(claim.ArticleId, claim.QuoteId, claim.PublishedAt);
        var entity = new TableEntity(partition, row)
        {
            ["ArticleId"] = claim.ArticleId,
            ["QuoteId"] = claim.QuoteId,
            ["Speaker"] = claim.Speaker,
            ["Verdict"] = claim.Verdict.ToString(),
            ["PublishedAt"] = claim.PublishedAt,
            ["CorrectedSpeaker"] = claim.CorrectedSpeaker,
        };
        LongText.Write(entity, "Text", claim.Text);
        LongText.Write(entity, "CorrectedText", claim.CorrectedText ?? string.Empty);
        LongText.Write(entity, "Appearances", JsonSerializer.Serialize(claim.Appearances, Json));
        return entity;
    }

    public static PublishedClaim ToPublished(TableEntity row) => new(
        row.GetString("ArticleId") ?? string.Empty,
        row.GetString("QuoteId") ?? string.Empty,
        LongText.Read(row, "Text") ?? string.Empty,
        row.GetString("Speaker"),
        Enum.TryParse<ReviewState>(row.GetString("Verdict"), out var verdict) ? verdict : ReviewState.Verified,
        row.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.MinValue,
        row.GetString("CorrectedSpeaker"),
        LongText.Read(row, "CorrectedText") is { Length: > 0 } corrected ? corrected : null,
        LongText.Read(row, "Appearances") is { Length: > 0 } json ? JsonSerializer.Deserialize<List<ClaimAppearance>>(json, Json) ?? [] : []);

    // ---- Speakers: partition s|{key} holding count shards !t0..!t3 and one copy of each quote q|{inverted ticks}|...;
    //      the list of speakers in partitions l|{first character}, row {key}: alphabetical across partitions.

    /// <summary>The key a speaker is indexed under: the speaker filter's key, with characters table keys refuse replaced.</summary>
    public static string? SpeakerKey(string? speaker)
    {
        if (QuoteEntities.SpeakerKey(speaker) is not { } key)
        {
            return null;
        }

        var chars = key.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray();
        var clean = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return clean.Length <= 200 ? clean : clean[..200];
    }

    public static string SpeakerPartition(string key) => "s|" + key;

    public static string SpeakerQuoteRow(Quote quote) =>
        string.Create(CultureInfo.InvariantCulture, $"q|{DateTimeOffset.MaxValue.UtcTicks - quote.ArticleFirstSeenAt.UtcTicks:D19}|{quote.ArticleId}|{quote.QuoteId}");

    public const string SpeakerQuotesFrom = "q|";

    public const string SpeakerQuotesTo = "q}";

    public const string SpeakerTotalsFrom = "!t";

    public const string SpeakerTotalsTo = "!u";

    public static string SpeakerTotalRow(int shard) => string.Create(CultureInfo.InvariantCulture, $"!t{shard}");

    public static int SpeakerShardOf(Quote quote) => (int)(StableHash(quote.ArticleId + "/" + quote.QuoteId) % SpeakerTotalShards);

    public static string ListPartition(string key) => "l|" + (key.Length > 0 && char.IsAsciiLetterOrDigit(key[0]) ? key[0] : '~');

    /// <summary>The partition-key range of the speakers list.</summary>
    public static (string From, string To) ListRange => ("l|", "l}");

    public static string CountProperty(ReviewState state) => "N" + state;

    public static Dictionary<ReviewState, int> ReadCounts(TableEntity row) =>
        Enum.GetValues<ReviewState>()
            .Select(s => (s, n: row.GetInt32(CountProperty(s)) ?? 0))
            .Where(x => x.n != 0)
            .ToDictionary(x => x.s, x => x.n);

    public static void WriteCounts(TableEntity row, IReadOnlyDictionary<ReviewState, int> counts)
    {
        foreach (var state in Enum.GetValues<ReviewState>())
        {
            row[CountProperty(state)] = counts.GetValueOrDefault(state);
        }
    }

    public static SpeakerSummary ToSpeaker(TableEntity row) =>
        new(row.RowKey, row.GetString("Name") ?? row.RowKey, ReadCounts(row));

    private static uint StableHash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}

using System.Globalization;
using Azure.Data.Tables;
using QuoteCheck.Core.Extraction;
using System.Text.Json;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Storage;

/// <summary>Maps quotes to and from table rows (Quotes table) and review-queue index rows (QuotesByState).</summary>
internal static class QuoteEntities
{
    /// <summary>The index partition that lists quotes of every state.</summary>
    public const string AllPartition = "All";

    public static TableEntity ToNewEntity(Quote quote)
    {
        var entity = ExtractionPatch(quote);
        entity["State"] = quote.State.ToString();
        entity["ArticleFirstSeenAt"] = quote.ArticleFirstSeenAt;
        entity["Revision"] = 0;
        return entity;
    }

    /// <summary>The extraction's properties only, for a merge that leaves review state alone.</summary>
    public static TableEntity ExtractionPatch(Quote quote)
    {
        var q = quote.Extraction;
        var entity = new TableEntity(quote.ArticleId, quote.QuoteId)
        {
            ["Start"] = q.Start,
            ["End"] = q.End,
            ["Kind"] = q.Kind.ToString(),
            ["Speaker"] = q.Speaker,
            ["SpeakerKey"] = SpeakerKey(q.Speaker),
            ["SpeakerMention"] = q.SpeakerMention,
            ["SpeakerStart"] = q.SpeakerStart,
            ["SpeakerEnd"] = q.SpeakerEnd,
            ["Role"] = q.Role,
            ["Cue"] = q.Cue,
            ["CueStart"] = q.CueStart,
            ["CueEnd"] = q.CueEnd,
            ["Confidence"] = q.Confidence,
            ["ExtractorVersion"] = quote.ExtractorVersion,
            ["UpdatedAt"] = quote.UpdatedAt,
            ["Vanished"] = false,
        };
        LongText.Write(entity, "Text", q.Text);
        LongText.Write(entity, "Evidence", q.Evidence);
        return entity;
    }

    public static Quote ToQuote(TableEntity entity) => new()
    {
        ArticleId = entity.PartitionKey,
        QuoteId = entity.RowKey,
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
        CorrectedText = LongText.Read(entity, "CorrectedText"),
        ClaimedBy = ReadClaim(entity),
        LastEvent = entity.GetString("LastEvent") is { } lastEvent ? ReadEvent(lastEvent) : null,
        ArticleFirstSeenAt = entity.GetDateTimeOffset("ArticleFirstSeenAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = entity.GetDateTimeOffset("UpdatedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue,
        Vanished = entity.GetBoolean("Vanished") ?? false,
        ETag = entity.ETag.ToString(),
    };

    /// <summary>Sets who claimed the quote (an empty value clears it: a merge leaves a property that is absent or null untouched).</summary>
    public static void WriteClaim(TableEntity entity, Claimant? claimedBy)
    {
        entity["ClaimedById"] = claimedBy?.Id ?? string.Empty;
        entity["ClaimedBy"] = claimedBy?.Name ?? string.Empty;
    }

    private static Claimant? ReadClaim(TableEntity entity) =>
        entity.GetString("ClaimedById") is { Length: > 0 } id ? new Claimant(id, entity.GetString("ClaimedBy") is { Length: > 0 } name ? name : id) : null;

    /// <summary>The audit-trail row of one event: partition per article, ordered by quote then revision.</summary>
    public static TableEntity ToEventEntity(string articleId, string quoteId, ReviewEvent reviewEvent) =>
        new(articleId, EventRowKey(quoteId, reviewEvent.Revision)) { ["QuoteId"] = quoteId, ["Event"] = WriteEvent(reviewEvent) };

    public static string EventRowKey(string quoteId, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"{quoteId}-{revision:D6}");

    public static string WriteEvent(ReviewEvent reviewEvent) =>
        JsonSerializer.Serialize(
            new StoredEvent(reviewEvent.Revision, reviewEvent.Action, reviewEvent.From, reviewEvent.To, reviewEvent.Reviewer, reviewEvent.OccurredAt, reviewEvent.Note, reviewEvent.CorrectedSpeaker, reviewEvent.CorrectedText, reviewEvent.ReviewerId),
            EventJson);

    public static ReviewEvent ReadEvent(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredEvent>(json, EventJson)
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
        };
    }

    /// <summary>The stored shape of an event: fixed here, so renaming a domain property never strands audit data.</summary>
    private sealed record StoredEvent(int Revision, ReviewAction Action, ReviewState From, ReviewState To, string Reviewer, DateTimeOffset At, string? Note, string? CorrectedSpeaker, string? CorrectedText, string? ReviewerId = null);

    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>The index row for <paramref name="quote"/> in <paramref name="partition"/> (a state name or <see cref="AllPartition"/>).</summary>
    public static TableEntity ToIndexEntity(Quote quote, ReviewState state) => ToIndexEntity(quote, state.ToString());

    public static TableEntity ToIndexEntity(Quote quote, string partition) =>
        new(partition, IndexRowKey(quote.ArticleFirstSeenAt, quote.ArticleId, quote.QuoteId))
        {
            ["ArticleId"] = quote.ArticleId,
            ["QuoteId"] = quote.QuoteId,
            ["SpeakerKey"] = SpeakerKey(quote.Extraction.Speaker),
        };

    /// <summary>
    /// Newest article first (inverted ticks), then the article, then reading order. The key never changes
    /// for a quote, so paging stays stable while reviewers move quotes between states.
    /// </summary>
    public static string IndexRowKey(DateTimeOffset articleFirstSeenAt, string articleId, string quoteId) =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - articleFirstSeenAt.UtcTicks:D19}_{articleId}_{quoteId}");

    /// <summary>The case-insensitive key the speaker filter matches.</summary>
    public static string? SpeakerKey(string? speaker) =>
        string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim().ToLowerInvariant();
}

using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Functions.Linking;

namespace QuoteCheck.Functions.Quotes;

/// <summary>A quote as the API shows it: offsets index into the article's stored text.</summary>
/// <remarks>
/// <see cref="AllowedActions"/> are the moves the quote's state allows, whoever asks; <c>GET .../actions</c> says which of
/// them the caller may take. <see cref="ClaimedBy"/> names who claimed it.
/// </remarks>
public sealed record QuoteResponse(
    string ArticleId,
    string QuoteId,
    string Text,
    int Start,
    int End,
    string Kind,
    string? Speaker,
    string? SpeakerMention,
    int? SpeakerStart,
    int? SpeakerEnd,
    string? Role,
    string? Cue,
    int? CueStart,
    int? CueEnd,
    double Confidence,
    string Evidence,
    string State,
    IReadOnlyList<string> AllowedActions,
    int Revision,
    string? CorrectedSpeaker,
    string? CorrectedText,
    string? LastReviewer,
    bool Vanished,
    string ExtractorVersion,
    DateTimeOffset ArticleFirstSeenAt,
    DateTimeOffset UpdatedAt,
    string? ETag,
    string? ArticleTitle,
    string? ArticleSource,
    int ArticleVersion,
    ExtractionConflictResponse? ExtractionConflict,
    string? ClaimedBy = null,
    string? IdentityId = null,
    string? LinkRelation = null,
    PreviouslyDecidedResponse? PreviouslyDecided = null,
    string? Verdict = null,
    MatchesResponse? Matches = null)
{
    /// <summary>Maps a stored quote (as a list shows it: without its matches).</summary>
    public static QuoteResponse From(Quote quote) => From(quote, null);

    /// <summary>Maps a stored quote with its matches (as <c>GET</c> of one quote shows it).</summary>
    public static QuoteResponse From(Quote quote, MatchesResponse? matches)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var q = quote.Extraction;
        return new QuoteResponse(
            quote.ArticleId,
            quote.QuoteId,
            q.Text,
            q.Start,
            q.End,
            KindName(q.Kind),
            q.Speaker,
            q.SpeakerMention,
            q.SpeakerStart,
            q.SpeakerEnd,
            q.Role,
            q.Cue,
            q.CueStart,
            q.CueEnd,
            q.Confidence,
            q.Evidence,
            quote.State.ToString(),
            ReviewWorkflow.AllowedActions(quote.State).Select(a => a.ToWireName()).ToList(),
            quote.Revision,
            quote.CorrectedSpeaker,
            quote.CorrectedText,
            quote.LastEvent?.Reviewer,
            quote.Vanished,
            quote.ExtractorVersion,
            quote.ArticleFirstSeenAt,
            quote.UpdatedAt,
            quote.ETag,
            quote.ArticleTitle,
            quote.ArticleSource,
            quote.ArticleVersion,
            quote.ExtractionConflict is { } conflict ? ExtractionConflictResponse.From(conflict) : null,
            quote.ClaimedBy?.Name,
            quote.Link?.IdentityId,
            quote.Link is { } link ? link.Relation?.ToWireName() ?? "origin" : null,
            PreviouslyDecidedResponse.From(quote.Link?.PriorDecision),
            quote.Decision?.To.ToString(),
            matches);
    }

    /// <summary>The wire name of a quote kind: <c>direct</c>, <c>partial</c> or <c>indirect</c>.</summary>
    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Indirect => "indirect",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>A later version of the article was extracted differently from this decided quote; a person decides.</summary>
/// <param name="ArticleVersion">The version whose extraction disagrees.</param>
/// <param name="Kind"><c>speakerChanged</c> or <c>notFound</c>.</param>
/// <param name="ExtractedSpeaker">The speaker the new extraction gives.</param>
/// <param name="DetectedAt">When it was found.</param>
/// <param name="Message">The disagreement in a sentence.</param>
public sealed record ExtractionConflictResponse(int ArticleVersion, string Kind, string? ExtractedSpeaker, DateTimeOffset DetectedAt, string Message)
{
    /// <summary>Maps a stored disagreement.</summary>
    public static ExtractionConflictResponse From(ExtractionConflict conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        var kind = conflict.Kind == ExtractionConflictKind.SpeakerChanged ? "speakerChanged" : "notFound";
        return new(conflict.ArticleVersion, kind, conflict.ExtractedSpeaker, conflict.DetectedAt, conflict.Describe());
    }
}

/// <summary>A page of quotes; pass <see cref="ContinuationToken"/> back with the same filters for the next page.</summary>
public sealed record QuotePageResponse(IReadOnlyList<QuoteResponse> Items, string? ContinuationToken);

using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;

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
    string? ClaimedBy = null)
{
    /// <summary>Maps a stored quote.</summary>
    public static QuoteResponse From(Quote quote)
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
            quote.ClaimedBy?.Name);
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

/// <summary>A page of quotes; pass <see cref="ContinuationToken"/> back with the same filters for the next page.</summary>
public sealed record QuotePageResponse(IReadOnlyList<QuoteResponse> Items, string? ContinuationToken);

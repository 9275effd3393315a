using System.Globalization;
using Microsoft.Extensions.Primitives;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;
using QuoteCheck.Functions.Review;

namespace QuoteCheck.Functions.Linking;

/// <summary>A match the caller wants the verdict applied to, with the ETag it showed them.</summary>
public sealed record MatchTarget(string ArticleId, string QuoteId, string? ETag);

/// <summary>What became of one match: <c>applied</c>, or why not, with its state and ETag as they now are.</summary>
/// <param name="ArticleId">The match's article.</param>
/// <param name="QuoteId">The match.</param>
/// <param name="Outcome"><c>applied</c>, <c>stale</c> (changed by someone else since it was shown: not overwritten), <c>alreadyDecided</c>, <c>notApplicable</c> (the verdict does not hold for it as it stands), <c>notLinked</c>, <c>notFound</c>, <c>eTagRequired</c>, <c>illegal</c>, <c>forbidden</c> (someone else's claim, or an Editor's to decide) or <c>invalid</c>.</param>
/// <param name="Status">The HTTP status the same action on this quote alone would have had.</param>
/// <param name="State">The match's state now.</param>
/// <param name="ETag">The match's ETag now.</param>
/// <param name="Detail">What happened, in words for the reviewer.</param>
/// <param name="WhoMay">When <c>forbidden</c>: who may decide this match.</param>
/// <param name="ClaimedBy">Who holds the match now, if anyone.</param>
public sealed record MatchResult(string ArticleId, string QuoteId, string Outcome, int Status, string? State, string? ETag, string Detail, string? WhoMay = null, string? ClaimedBy = null);

/// <summary>What became of a request to apply a verdict to matches.</summary>
public abstract record MatchVerdictOutcome
{
    private MatchVerdictOutcome()
    {
    }

    /// <summary>Each match's result (some may have been refused; nothing was overwritten).</summary>
    public sealed record Done(Quote Origin, ReviewState Verdict, string DecidedBy, IReadOnlyList<MatchResult> Results) : MatchVerdictOutcome;

    /// <summary>No such origin quote (404).</summary>
    public sealed record OriginNotFound : MatchVerdictOutcome;

    /// <summary>The origin quote has no verdict to apply (409).</summary>
    public sealed record NoVerdict(Quote Origin) : MatchVerdictOutcome;

    /// <summary>The caller may decide no quote at all (403): they hold neither the Reviewer nor the Editor role.</summary>
    public sealed record Forbidden(string Reason, string WhoMay) : MatchVerdictOutcome;
}

/// <summary>
/// "Review once": applies the verdict of one quote to the quotes linked with it, in one request. Each match goes
/// through <see cref="ReviewService"/> on its own, as the caller, with the ETag the caller was shown, so the
/// workflow's rules (states, and who may decide what: <see cref="ReviewPermissions"/>) hold for every match exactly
/// as for a single quote: a match someone else has claimed is the claimant's (or an Editor's) to decide and is
/// reported as <c>forbidden</c>, saying who may; a match someone else changed is reported, never overwritten. A New
/// match is claimed by the caller, then decided: two events, each naming the origin quote and its reviewer. The
/// verdict is applied only where it holds for the match as it stands (<see cref="VerdictCarryOver"/>).
/// </summary>
public sealed class MatchVerdicts(IQuoteStore quotes, ReviewService review)
{
    /// <summary>The most matches one request may name (one page of matches).</summary>
    public const int MaxMatches = 100;

    /// <summary>Applies the origin's verdict to <paramref name="targets"/>.</summary>
    /// <param name="articleId">The origin quote's article.</param>
    /// <param name="quoteId">The origin quote.</param>
    /// <param name="targets">The matches, each with the ETag the caller was shown.</param>
    /// <param name="reviewer">Who is applying it, from the host's identity.</param>
    /// <param name="note">Recorded on every event; by default, where the verdict came from.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    public async Task<MatchVerdictOutcome> ApplyAsync(string articleId, string quoteId, IReadOnlyList<MatchTarget> targets, Actor reviewer, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(reviewer);

        // Someone with no review role could not claim, let alone decide, any match: say so once, not once per match.
        if (ReviewPermissions.Check(ReviewState.New, null, reviewer, ReviewAction.Claim) is { } refusal)
        {
            return new MatchVerdictOutcome.Forbidden(refusal.Reason, refusal.WhoMay);
        }

        var origin = await quotes.GetQuoteAsync(articleId, quoteId, cancellationToken).ConfigureAwait(false);
        if (origin is null)
        {
            return new MatchVerdictOutcome.OriginNotFound();
        }

        if (origin.Decision is not { } decision || !(QuoteVerdicts.IsVerdict(origin.State) || origin.State == ReviewState.Published))
        {
            return new MatchVerdictOutcome.NoVerdict(origin);
        }

        var source = new ReviewOrigin(origin.ArticleId, origin.QuoteId, decision.Reviewer);
        var noteText = string.IsNullOrWhiteSpace(note)
            ? string.Create(CultureInfo.InvariantCulture, $"Verdict carried over from quote {origin.QuoteId} of article {origin.ArticleId}, decided {decision.To} by {decision.Reviewer} on {decision.OccurredAt:yyyy-MM-dd}.")
            : note;
        var results = new List<MatchResult>(targets.Count);
        foreach (var target in targets.DistinctBy(t => (t.ArticleId, t.QuoteId)))
        {
            results.Add(await ApplyOneAsync(origin, decision, source, target, reviewer, noteText, cancellationToken).ConfigureAwait(false));
        }

        return new MatchVerdictOutcome.Done(origin, decision.To, decision.Reviewer, results);
    }

    private async Task<MatchResult> ApplyOneAsync(Quote origin, ReviewEvent decision, ReviewOrigin source, MatchTarget target, Actor reviewer, string note, CancellationToken cancellationToken)
    {
        MatchResult Result(string outcome, int status, Quote? now, string detail) =>
            new(target.ArticleId, target.QuoteId, outcome, status, now?.State.ToString(), now?.ETag, detail, ClaimedBy: now?.ClaimedBy?.Name);

        var match = await quotes.GetQuoteAsync(target.ArticleId, target.QuoteId, cancellationToken).ConfigureAwait(false);
        if (match is null)
        {
            return Result("notFound", 404, null, "No such quote.");
        }

        if ((match.ArticleId, match.QuoteId) == (origin.ArticleId, origin.QuoteId) || match.Link is null || match.Link.IdentityId != origin.Link?.IdentityId)
        {
            return Result("notLinked", 400, match, "This quote is not linked with the quote whose verdict is applied.");
        }

        // The match's eTag is its If-Match: the same rules as a single transition (no '*', nothing malformed).
        var ifMatch = string.IsNullOrWhiteSpace(target.ETag) ? new IfMatch.Missing() : IfMatch.Parse(new StringValues(target.ETag));
        switch (ifMatch)
        {
            case IfMatch.Missing:
                return Result("eTagRequired", 428, match, "Send the eTag the match was shown with, so a change by someone else is never overwritten.");
            case IfMatch.Any:
                return Result("eTagRequired", 428, match, "'*' would apply the verdict to whatever the match has become; send the eTag it was shown with.");
            case IfMatch.Malformed { Problem: var problem }:
                return Result("invalid", 400, match, problem);
        }

        if (target.ETag != match.ETag)
        {
            return Result("stale", 412, match, $"Someone else changed this quote first; it is now {match.State}{(match.LastEvent is { } last ? $" (by {last.Reviewer})" : string.Empty)}. Nothing was changed.");
        }

        if (ExtractionMerge.IsDecided(match.State))
        {
            return Result("alreadyDecided", 409, match, $"It already has a verdict: {match.State}{(match.Decision is { } d ? $" by {d.Reviewer}" : string.Empty)}. Nothing was changed.");
        }

        if (VerdictCarryOver.WhyNot(decision.To, origin.Extraction.Text, origin.Extraction.Speaker, origin.CorrectedSpeaker, match.Extraction.Text, match.Extraction.Speaker) is { } why)
        {
            return Result("notApplicable", 409, match, $"The verdict was not applied: {why}. Review this one on its own.");
        }

        var verdictBody = new TransitionRequestBody(
            QuoteVerdicts.ActionFor(decision.To).ToWireName(),
            null,
            note,
            decision.To == ReviewState.Misattributed ? origin.CorrectedSpeaker : null,
            decision.To == ReviewState.Misquoted ? origin.CorrectedText : null);
        var etag = ifMatch;
        if (match.State == ReviewState.New)
        {
            var claimed = await review.TransitionAsync(match.ArticleId, match.QuoteId, etag, reviewer, verdictBody with { Action = ReviewAction.Claim.ToWireName(), CorrectedSpeaker = null, CorrectedText = null }, cancellationToken, source).ConfigureAwait(false);
            if (claimed is not TransitionOutcome.Applied { Quote: var inReview })
            {
                return Refused(target, claimed);
            }

            etag = new IfMatch.Tag(inReview.ETag!);
        }

        var outcome = await review.TransitionAsync(match.ArticleId, match.QuoteId, etag, reviewer, verdictBody, cancellationToken, source).ConfigureAwait(false);
        if (outcome is TransitionOutcome.Applied { Quote: var decided })
        {
            return new MatchResult(target.ArticleId, target.QuoteId, "applied", 200, decided.State.ToString(), decided.ETag, $"{decided.State}, carried over from quote {origin.QuoteId} ({source.Reviewer}).");
        }

        var refused = Refused(target, outcome);
        return match.State == ReviewState.New ? refused with { Detail = "Claimed, but not decided: " + refused.Detail } : refused;
    }

    private static MatchResult Refused(MatchTarget target, TransitionOutcome outcome) => outcome switch
    {
        TransitionOutcome.Stale { Current: var q } => new(target.ArticleId, target.QuoteId, "stale", 412, q.State.ToString(), q.ETag, $"Someone else changed this quote first; it is now {q.State}. Nothing was overwritten.", ClaimedBy: q.ClaimedBy?.Name),
        TransitionOutcome.Illegal { Current: var q, Reason: var reason } => new(target.ArticleId, target.QuoteId, "illegal", 409, q.State.ToString(), q.ETag, reason, ClaimedBy: q.ClaimedBy?.Name),
        TransitionOutcome.Forbidden { Current: var q, Reason: var reason, WhoMay: var whoMay } => new(target.ArticleId, target.QuoteId, "forbidden", 403, q.State.ToString(), q.ETag, reason + " Nothing was changed.", whoMay, q.ClaimedBy?.Name),
        TransitionOutcome.ETagRequired { Current: var q, Reason: var reason } => new(target.ArticleId, target.QuoteId, "eTagRequired", 428, q.State.ToString(), q.ETag, reason),
        TransitionOutcome.NotFound => new(target.ArticleId, target.QuoteId, "notFound", 404, null, null, "No such quote."),
        TransitionOutcome.Invalid { Reason: var reason } => new(target.ArticleId, target.QuoteId, "invalid", 400, null, null, reason),
        _ => new(target.ArticleId, target.QuoteId, "refused", 500, null, null, $"Not applied ({outcome.GetType().Name})."),
    };
}

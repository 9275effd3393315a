using static QuoteCheck.Core.Review.ReviewAction;

namespace QuoteCheck.Core.Review;

/// <summary>Why someone may not take an action on a quote, and who may.</summary>
/// <param name="Reason">The refusal in words for the person refused, naming who may.</param>
/// <param name="WhoMay">Who may take the action, such as <c>an Editor</c> or <c>Ana Ortiz (who claimed it) or an Editor</c>.</param>
public sealed record ReviewRefusal(string Reason, string WhoMay);

/// <summary>
/// Who may do what: anyone with the Reviewer or Editor role claims; only the claimant or an Editor decides, releases or
/// reopens a verdict; only an Editor publishes or reopens a published quote.
/// </summary>
/// <remarks>These rules apply on top of the state machine: <see cref="ReviewWorkflow.Apply"/> checks the state first (409), then these (403).</remarks>
public static class ReviewPermissions
{
    private const string AnEditor = "an Editor";
    private const string AReviewerOrEditor = "a Reviewer or an Editor";

    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/> on a quote in <paramref name="state"/> claimed by <paramref name="claimedBy"/>; otherwise why not.</summary>
    /// <remarks>Does not check that the state allows the action: see <see cref="ReviewWorkflow.IsAllowed"/>.</remarks>
    public static ReviewRefusal? Check(ReviewState state, Claimant? claimedBy, Actor actor, ReviewAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var verb = $"'{action.ToWireName()}'";
        var isEditor = actor.Has(AppRoles.Editor);
        if (!isEditor && !actor.Has(AppRoles.Reviewer))
        {
            var whoMay = action == Publish || (action == Reopen && state == ReviewState.Published) ? AnEditor : AReviewerOrEditor;
            return new($"{verb} needs the Reviewer or Editor role, and {actor.Name} holds neither: ask whoever runs QuoteCheck to assign one.", whoMay);
        }

        switch (action)
        {
            case Claim:
                return null;
            case Publish:
                return isEditor ? null : new($"Only an Editor may publish a quote; {actor.Name} is not an Editor.", AnEditor);
            case Reopen when state == ReviewState.Published:
                return isEditor ? null : new($"Only an Editor may reopen a published quote; {actor.Name} is not an Editor.", AnEditor);
            default:
                // Release, the verdicts and reopening a verdict belong to whoever claimed the quote.
                if (isEditor || actor.Is(claimedBy))
                    return null;

                return claimedBy is null
                    ? new($"No claim is recorded on this quote, so only an Editor may {verb} it.", AnEditor)
                    : new($"{claimedBy.Name} claimed this quote: only {claimedBy.Name} or an Editor may {verb} it.", $"{claimedBy.Name} (who claimed it) or an Editor");
        }
    }
}

/// <summary>Refuses an action the state allows but the person asking may not take; the HTTP layer answers 403 saying who may.</summary>
public sealed class ReviewForbiddenException : Exception
{
    /// <summary>Refuses <paramref name="attemptedAction"/> for the reason given.</summary>
    public ReviewForbiddenException(ReviewAction attemptedAction, ReviewRefusal refusal)
        : base(refusal?.Reason)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        AttemptedAction = attemptedAction;
        WhoMay = refusal.WhoMay;
    }

    /// <summary>The action that was refused.</summary>
    public ReviewAction AttemptedAction { get; }

    /// <summary>Who may take it.</summary>
    public string WhoMay { get; }
}

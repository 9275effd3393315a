using System.Collections.Frozen;
using System.Globalization;
using static QuoteCheck.Core.Review.ReviewAction;
using static QuoteCheck.Core.Review.ReviewState;

namespace QuoteCheck.Core.Review;

/// <summary>The review state machine: which actions each state allows, who may take them, and what applying one records.</summary>
/// <remarks>
/// Pure: no I/O and no clock. Storage reads the quote, calls <see cref="Apply"/>, and writes the result with the quote's ETag.
/// Who may take an allowed action is <see cref="ReviewPermissions"/>' business.
/// </remarks>
public static class ReviewWorkflow
{
    /// <summary>The longest reviewer name accepted, in UTF-16 code units after trimming.</summary>
    public const int MaxReviewerLength = 256;

    /// <summary>The longest note accepted, in UTF-16 code units after trimming.</summary>
    public const int MaxNoteLength = 4_000;

    /// <summary>The longest corrected speaker accepted, in UTF-16 code units after trimming.</summary>
    public const int MaxCorrectedSpeakerLength = 256;

    /// <summary>The longest corrected wording accepted, in UTF-16 code units after trimming (a Table Storage string holds 32K).</summary>
    public const int MaxCorrectedTextLength = 32_000;

    // The whole state machine, one row per legal move; every pair not listed is refused.
    private static readonly (ReviewState From, ReviewAction Action, ReviewState To)[] Transitions =
    [
        (New, Claim, InReview),

        (InReview, Release, New),
        (InReview, Verify, Verified),
        (InReview, Misattribute, Misattributed),
        (InReview, Misquote, Misquoted),
        (InReview, MarkUnverifiable, Unverifiable),
        (InReview, RejectAsNotAQuote, NotAQuote),

        (Verified, Reopen, InReview),
        (Misattributed, Reopen, InReview),
        (Misquoted, Reopen, InReview),
        (Unverifiable, Reopen, InReview),
        (NotAQuote, Reopen, InReview),

        (Verified, Publish, Published),
        (Misattributed, Publish, Published),
        (Misquoted, Publish, Published),

        // Published: locked for reviewers; only an Editor may reopen it (ReviewPermissions).
        (Published, Reopen, InReview),
    ];

    // Which correction an action takes; an action not listed takes none and refuses both.
    private static readonly FrozenDictionary<ReviewAction, Correction> CorrectionByAction = new Dictionary<ReviewAction, Correction>
    {
        [Misattribute] = Correction.Speaker,
        [Misquote] = Correction.Text,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<(ReviewState From, ReviewAction Action), ReviewState> TargetByMove =
        Transitions.ToFrozenDictionary(row => (row.From, row.Action), row => row.To);

    private static readonly FrozenDictionary<ReviewState, IReadOnlyList<ReviewAction>> AllowedByState =
        Enum.GetValues<ReviewState>().ToFrozenDictionary(
            state => state,
            state => (IReadOnlyList<ReviewAction>)Array.AsReadOnly(
                Enum.GetValues<ReviewAction>().Where(action => TargetByMove.ContainsKey((state, action))).ToArray()));

    private enum Correction
    {
        None,
        Speaker,
        Text,
    }

    /// <summary>The actions <paramref name="state"/> allows, whoever asks, in declaration order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined state.</exception>
    public static IReadOnlyList<ReviewAction> AllowedActions(ReviewState state) =>
        AllowedByState.TryGetValue(state, out var allowed)
            ? allowed
            : throw new ArgumentOutOfRangeException(nameof(state), state, "Not a defined review state.");

    /// <summary>The actions <paramref name="actor"/> may take on a quote in <paramref name="state"/> claimed by <paramref name="claimedBy"/>, in declaration order.</summary>
    public static IReadOnlyList<ReviewAction> AllowedActions(ReviewState state, Claimant? claimedBy, Actor actor) =>
        [.. AllowedActions(state).Where(action => ReviewPermissions.Check(state, claimedBy, actor, action) is null)];

    /// <summary>Whether <paramref name="action"/> is a legal move from <paramref name="state"/>.</summary>
    public static bool IsAllowed(ReviewState state, ReviewAction action) => TargetByMove.ContainsKey((state, action));

    /// <summary>
    /// Checks <paramref name="request"/> and, if the move is legal from <paramref name="current"/> and the reviewer may make it on
    /// a quote claimed by <paramref name="claimedBy"/>, returns the state it leads to with the normalized reviewer, claimant, note
    /// and correction to record.
    /// </summary>
    /// <remarks>
    /// The request is checked first, whatever the state, so one answer tells the client everything wrong with what it sent:
    /// reviewer, then corrections (refused, then missing), then lengths; then the move is checked against the state (what the
    /// quote allows), and last against who is asking (what this person may do).
    /// </remarks>
    /// <exception cref="InvalidTransitionRequestException">The request is missing the reviewer or a required correction, carries a
    /// correction its action does not take, or has a field that is too long or, for single-line fields, contains control characters.</exception>
    /// <exception cref="IllegalTransitionException"><paramref name="current"/> does not allow the action.</exception>
    /// <exception cref="ReviewForbiddenException">The state allows the action, but not for this reviewer (see <see cref="ReviewPermissions"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The state or action is not a defined value.</exception>
    public static ReviewDecision Apply(ReviewState current, Claimant? claimedBy, ReviewTransitionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(current))
            throw new ArgumentOutOfRangeException(nameof(current), current, "Not a defined review state.");

        var action = request.Action;
        var wireName = action.ToWireName(); // also refuses an undefined action

        var reviewer = request.Reviewer is { } given && Normalize(given.Name) is { } name && Normalize(given.Id) is { } id
            ? given with { Name = name, Id = id }
            : throw Invalid("reviewer", "'reviewer' is required: every review transition records who made it.");
        RequireSingleLine("reviewer", reviewer.Name);
        RequireAtMost("reviewer", reviewer.Name, MaxReviewerLength);
        RequireSingleLine("reviewer", reviewer.Id);
        RequireAtMost("reviewer", reviewer.Id, MaxReviewerLength);

        var note = Normalize(request.Note);
        var correctedSpeaker = Normalize(request.CorrectedSpeaker);
        var correctedText = Normalize(request.CorrectedText);

        var takes = CorrectionByAction.GetValueOrDefault(action, Correction.None);
        if (correctedSpeaker is not null && takes != Correction.Speaker)
            throw Invalid("correctedSpeaker", $"'correctedSpeaker' is only accepted with '{Misattribute.ToWireName()}', not with '{wireName}'.");
        if (correctedText is not null && takes != Correction.Text)
            throw Invalid("correctedText", $"'correctedText' is only accepted with '{Misquote.ToWireName()}', not with '{wireName}'.");
        if (takes == Correction.Speaker && correctedSpeaker is null)
            throw Invalid("correctedSpeaker", $"'correctedSpeaker' is required for '{wireName}': give the name of the person who actually said it.");
        if (takes == Correction.Text && correctedText is null)
            throw Invalid("correctedText", $"'correctedText' is required for '{wireName}': give the words as they were actually said.");

        if (correctedSpeaker is not null)
        {
            RequireSingleLine("correctedSpeaker", correctedSpeaker);
            RequireAtMost("correctedSpeaker", correctedSpeaker, MaxCorrectedSpeakerLength);
        }

        if (correctedText is not null)
            RequireAtMost("correctedText", correctedText, MaxCorrectedTextLength);
        if (note is not null)
            RequireAtMost("note", note, MaxNoteLength);

        if (!TargetByMove.TryGetValue((current, action), out var to))
            throw new IllegalTransitionException(current, action);

        if (ReviewPermissions.Check(current, claimedBy, reviewer, action) is { } refusal)
            throw new ReviewForbiddenException(action, refusal);

        var claimant = action switch
        {
            Claim => reviewer.AsClaimant(),
            Release => null,
            _ => claimedBy,
        };
        return new ReviewDecision(current, action, to, reviewer, claimant, note, correctedSpeaker, correctedText);
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void RequireSingleLine(string field, string value)
    {
        if (value.Any(char.IsControl))
            throw Invalid(field, $"'{field}' must be a single line without control characters.");
    }

    private static void RequireAtMost(string field, string value, int maxLength)
    {
        if (value.Length > maxLength)
        {
            throw Invalid(field, string.Create(
                CultureInfo.InvariantCulture,
                $"'{field}' is {value.Length:N0} characters long; the limit is {maxLength:N0}."));
        }
    }

    private static InvalidTransitionRequestException Invalid(string field, string message) => new(field, message);
}

using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace QuoteCheck.Core.Review;

/// <summary>A move a reviewer or editor asks the review workflow to make on a quote.</summary>
/// <remarks>The API names actions in lower camel case; see <see cref="ReviewActions"/>.</remarks>
public enum ReviewAction
{
    /// <summary>Take a new quote into review (<c>claim</c>).</summary>
    Claim,

    /// <summary>Give a quote in review back to the queue of new ones (<c>release</c>).</summary>
    Release,

    /// <summary>Confirm the quote and its attribution (<c>verify</c>).</summary>
    Verify,

    /// <summary>Record that someone else said it, with the corrected speaker (<c>misattribute</c>).</summary>
    Misattribute,

    /// <summary>Record that the words are wrong, with the corrected wording (<c>misquote</c>).</summary>
    Misquote,

    /// <summary>Record that the quote cannot be checked (<c>markUnverifiable</c>).</summary>
    MarkUnverifiable,

    /// <summary>Record that the extractor was wrong and this is not a quote (<c>rejectAsNotAQuote</c>).</summary>
    RejectAsNotAQuote,

    /// <summary>Take a verdict (or, for an Editor, a published quote) back into review (<c>reopen</c>).</summary>
    Reopen,

    /// <summary>Editor sign-off on a verified or corrected quote, which locks it (<c>publish</c>).</summary>
    Publish,
}

/// <summary>The wire names of <see cref="ReviewAction"/>: parsing what the API receives and rendering what it returns.</summary>
public static class ReviewActions
{
    private const int MaxEchoedLength = 64;

    // The wire contract, written out so that renaming an enum member cannot silently change the API.
    private static readonly FrozenDictionary<ReviewAction, string> WireNameByAction = new Dictionary<ReviewAction, string>
    {
        [ReviewAction.Claim] = "claim",
        [ReviewAction.Release] = "release",
        [ReviewAction.Verify] = "verify",
        [ReviewAction.Misattribute] = "misattribute",
        [ReviewAction.Misquote] = "misquote",
        [ReviewAction.MarkUnverifiable] = "markUnverifiable",
        [ReviewAction.RejectAsNotAQuote] = "rejectAsNotAQuote",
        [ReviewAction.Reopen] = "reopen",
        [ReviewAction.Publish] = "publish",
    }.ToFrozenDictionary();

    // Each wire name also in kebab and snake case ("mark-unverifiable", "mark_unverifiable"); all ignore case.
    private static readonly FrozenDictionary<string, ReviewAction> ActionByName = WireNameByAction
        .SelectMany(pair => new[] { pair.Value, Separate(pair.Value, '-'), Separate(pair.Value, '_') }
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => KeyValuePair.Create(name, pair.Key)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every action's wire name, in declaration order.</summary>
    public static IReadOnlyList<string> WireNames { get; } = [.. Enum.GetValues<ReviewAction>().Select(ToWireName)];

    /// <summary>The lower-camel name the API uses for <paramref name="action"/>, such as <c>markUnverifiable</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined action.</exception>
    public static string ToWireName(this ReviewAction action) =>
        WireNameByAction.TryGetValue(action, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(action), action, "Not a defined review action.");

    /// <summary>
    /// Reads an action's wire name, ignoring case and surrounding white space, and also accepting the kebab and snake
    /// forms (<c>mark-unverifiable</c>, <c>mark_unverifiable</c>); numbers and other names are refused.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out ReviewAction action)
    {
        action = default;
        return value is not null && ActionByName.TryGetValue(value.Trim(), out action);
    }

    /// <summary>Reads an action's wire name as <see cref="TryParse"/> does, or refuses it in words a client can act on.</summary>
    /// <exception cref="InvalidTransitionRequestException">The value is missing or names no action.</exception>
    public static ReviewAction Parse(string? value)
    {
        if (TryParse(value, out var action))
            return action;

        var expected = string.Join(", ", WireNames);
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidTransitionRequestException("action", $"'action' is required; expected one of: {expected}.");

        var echoed = value.Length <= MaxEchoedLength ? value : string.Concat(value.AsSpan(0, MaxEchoedLength), "…");
        throw new InvalidTransitionRequestException("action", $"'{echoed}' is not a review action; expected one of: {expected}.");
    }

    private static string Separate(string camel, char separator)
    {
        var builder = new StringBuilder(camel.Length + 4);
        foreach (var c in camel)
        {
            if (char.IsUpper(c))
                builder.Append(separator).Append(char.ToLowerInvariant(c));
            else
                builder.Append(c);
        }

        return builder.ToString();
    }
}

using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace QuoteCheck.Core.Review;

/// <summary>Where a quote stands in review; stored by name, so members may be reordered but never renamed.</summary>
public enum ReviewState
{
    /// <summary>Extracted and not yet taken by a reviewer.</summary>
    New,

    /// <summary>Claimed by a reviewer who is checking it.</summary>
    InReview,

    /// <summary>Verdict: the quote and its attribution are right.</summary>
    Verified,

    /// <summary>Verdict: the words are right but someone else said them; carries the corrected speaker.</summary>
    Misattributed,

    /// <summary>Verdict: the speaker is right but the words are not; carries the corrected wording.</summary>
    Misquoted,

    /// <summary>Verdict: the quote could not be checked against a source.</summary>
    Unverifiable,

    /// <summary>Verdict: an extraction error; the text is not a quote at all.</summary>
    NotAQuote,

    /// <summary>Signed off by an editor; locked: only an Editor may reopen it.</summary>
    Published,
}

/// <summary>Parses stored and query-string names of <see cref="ReviewState"/> strictly.</summary>
public static class ReviewStates
{
    private static readonly FrozenDictionary<string, ReviewState> StateByName =
        Enum.GetValues<ReviewState>().ToFrozenDictionary(state => state.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The state names in declaration order, as stored and as the API shows them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<ReviewState>().Select(state => state.ToString())];

    /// <summary>
    /// Reads a state name, ignoring case and surrounding white space; unlike <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
    /// it refuses numbers and comma-separated lists, so a query filter cannot name a state that does not exist.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out ReviewState state)
    {
        state = default;
        return value is not null && StateByName.TryGetValue(value.Trim(), out state);
    }
}

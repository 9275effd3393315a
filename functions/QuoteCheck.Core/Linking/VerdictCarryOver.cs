using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Linking;

/// <summary>
/// Whether a verdict given on one quote holds for a linked quote as it stands, so that applying it to all matches at
/// once never says more than the reviewer checked: a verification covers the same words or fewer, by the same
/// speaker; a misattribution covers the same words or fewer attributed to anyone but the real speaker; a corrected
/// wording covers only the same words; "unverifiable" and "not a quote" cover the same words or fewer.
/// </summary>
public static class VerdictCarryOver
{
    /// <summary>Null when <paramref name="verdict"/> carries over to the match; else why it does not, in words for the reviewer.</summary>
    /// <param name="verdict">The origin's verdict.</param>
    /// <param name="origin">The origin quote's text.</param>
    /// <param name="originSpeaker">Its canonical speaker.</param>
    /// <param name="correctedSpeaker">For Misattributed: who really said it.</param>
    /// <param name="match">The match's text.</param>
    /// <param name="matchSpeaker">The match's canonical speaker.</param>
    public static string? WhyNot(ReviewState verdict, string origin, string? originSpeaker, string? correctedSpeaker, string match, string? matchSpeaker)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(match);
        var originWords = QuoteText.Normalize(origin);
        var matchWords = QuoteText.Normalize(match);
        var same = originWords.Words.SequenceEqual(matchWords.Words, StringComparer.Ordinal);
        var within = same || Contains(originWords.Words, matchWords.Words);
        const string longer = "its words are not all in the quote the verdict was given on";
        return verdict switch
        {
            ReviewState.Verified when !within => longer,
            ReviewState.Verified when !QuoteMatcher.SameSpeaker(originSpeaker, matchSpeaker) => $"it is attributed to {matchSpeaker ?? "no one"}, the verified quote to {originSpeaker ?? "no one"}",
            ReviewState.Misquoted when !same => "the corrected wording was given for other words",
            ReviewState.Misattributed when !within => longer,
            ReviewState.Misattributed when QuoteMatcher.SameSpeaker(correctedSpeaker, matchSpeaker) => $"it is already attributed to {matchSpeaker}",
            ReviewState.Unverifiable or ReviewState.NotAQuote when !within => longer,
            ReviewState.Verified or ReviewState.Misquoted or ReviewState.Misattributed or ReviewState.Unverifiable or ReviewState.NotAQuote => null,
            _ => $"{verdict} is not a verdict",
        };
    }

    /// <summary>Whether <paramref name="part"/> occurs as consecutive words of <paramref name="whole"/> (Knuth–Morris–Pratt: linear).</summary>
    public static bool Contains(IReadOnlyList<string> whole, IReadOnlyList<string> part)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(part);
        if (part.Count == 0 || part.Count > whole.Count)
        {
            return part.Count == 0;
        }

        var failure = new int[part.Count];
        for (int i = 1, k = 0; i < part.Count; i++)
        {
            while (k > 0 && part[i] != part[k])
            {
                k = failure[k - 1];
            }

            if (part[i] == part[k])
            {
                k++;
            }

            failure[i] = k;
        }

        for (int i = 0, k = 0; i < whole.Count; i++)
        {
            while (k > 0 && whole[i] != part[k])
            {
                k = failure[k - 1];
            }

            if (whole[i] == part[k])
            {
                k++;
            }

            if (k == part.Count)
            {
                return true;
            }
        }

        return false;
    }
}

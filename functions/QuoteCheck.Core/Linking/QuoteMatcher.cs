using QuoteCheck.Core.Evaluation;

namespace QuoteCheck.Core.Linking;

/// <summary>Decides whether two quotes are linked, and how: the rule the whole linking rests on.</summary>
public static class QuoteMatcher
{
    /// <summary>
    /// How <paramref name="a"/> relates to <paramref name="b"/>, or null when they are not linked: the same normalized
    /// words, or a resemblance at or above the threshold (both whoever they are attributed to, unless the shorter is
    /// shorter than <see cref="LinkThresholds.MinWordsAnySpeaker"/>); or, for the same speaker, one inside the other.
    /// </summary>
    public static LinkRelation? Relate(QuoteFingerprint a, string? speakerA, QuoteFingerprint b, string? speakerB, LinkThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (a.WordCount == 0 || b.WordCount == 0)
        {
            return null;
        }

        var sameSpeaker = SameSpeaker(speakerA, speakerB);
        var shorter = Math.Min(a.WordCount, b.WordCount);
        var anySpeaker = shorter >= thresholds.MinWordsAnySpeaker;
        if (string.Equals(a.Key, b.Key, StringComparison.Ordinal))
        {
            return anySpeaker || sameSpeaker ? LinkRelation.Same : null;
        }

        var similarity = a.CompareTo(b);
        if (similarity.Resemblance >= thresholds.Resemblance && (anySpeaker || sameSpeaker))
        {
            return LinkRelation.Variant;
        }

        if (sameSpeaker && shorter >= thresholds.MinWordsPartial && similarity.Containment >= thresholds.Containment)
        {
            return a.WordCount <= b.WordCount ? LinkRelation.PartOf : LinkRelation.Contains;
        }

        return null;
    }

    /// <summary>
    /// Whether two canonical speakers name the same person or organisation: equal words, or the same last word with
    /// one's words inside the other's ("Erdogan" and "Recep Tayyip Erdogan"; not "Jason LeBlanc" and "Ernie LeBlanc").
    /// An unknown speaker is nobody's.
    /// </summary>
    public static bool SameSpeaker(string? a, string? b) => CanonicalNames.Matches(a, b);
}

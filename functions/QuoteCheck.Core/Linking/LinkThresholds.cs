namespace QuoteCheck.Core.Linking;

/// <summary>When two quotes are linked; the defaults were chosen from the measured precision and recall (README, "Linking quotes across articles").</summary>
/// <param name="Resemblance">Shingle resemblance (Jaccard) at or above which two quotes are the same quote, whoever they are attributed to.</param>
/// <param name="Containment">Share of the shorter quote's shingles found in the longer at or above which a quote by the same speaker is a part of the other.</param>
/// <param name="MinWordsAnySpeaker">Quotes shorter than this are linked only when attributed to the same speaker: "Thank you very much" by two people is two quotes.</param>
/// <param name="MinWordsPartial">The shortest quote linked as a part of a longer one.</param>
public sealed record LinkThresholds(double Resemblance, double Containment, int MinWordsAnySpeaker, int MinWordsPartial)
{
    /// <summary>The thresholds QuoteCheck links with.</summary>
    public static LinkThresholds Default { get; } = new(Resemblance: 0.7, Containment: 0.7, MinWordsAnySpeaker: 8, MinWordsPartial: 3);
}

namespace QuoteCheck.Core.Extraction;

/// <summary>The attribution rules, as named in a quote's evidence.</summary>
internal static class Rules
{
    public const string QuoteCueSpeaker = "quote-cue-speaker";
    public const string QuoteSpeakerCue = "quote-speaker-cue";
    public const string QuoteDashSpeaker = "quote-dash-speaker";
    public const string CueLaterInSentence = "cue-later-in-sentence";
    public const string CueSpeakerColonQuote = "cue-speaker-colon-quote";
    public const string SpeakerCueQuote = "speaker-cue-quote";
    public const string SpeakerCueInSentence = "speaker-cue-in-sentence";
    public const string AccordingTo = "according-to";
    public const string AsSpeakerPutIt = "as-speaker-put-it";
    public const string SentenceSubject = "sentence-subject";
    public const string SubjectOfSentence = "subject-of-sentence";
    public const string PassiveAgent = "passive-agent";
    public const string TranscriptLabel = "transcript-label";
    public const string PossessiveSpeechNoun = "possessive-speech-noun";
    public const string ColonAfterSubject = "subject-colon-quote";
    public const string Continuation = "continuation";
    public const string PreviousSentence = "previous-sentence";
    public const string RankedMention = "ranked-mention";
}

/// <summary>A speaker mention and cue found for a quote; token indexes are inclusive.</summary>
internal sealed record Attribution(int MentionFrom, int MentionTo, int CueFrom, int CueTo, string Rule, bool Adjacent)
{
    /// <summary>The appositive after the name ("a spokesman for ..."), when the rule saw one.</summary>
    public (int From, int To)? Appositive { get; init; }

    /// <summary>The mention sieve that gave this answer.</summary>
    public string Sieve { get; init; } = string.Empty;

    /// <summary>The mention ranker's probability that this mention is the speaker's (for the candidate its order chose), when the ranker weighed it.</summary>
    public double? MentionScore { get; init; }

    /// <summary>For a continuation, the quote it continues (an index into the document's quotes).</summary>
    public int? Continues { get; init; }

    /// <summary>For a continuation, the rule that attributed the first quote of the run.</summary>
    public string? FirstRule { get; init; }
}

namespace QuoteCheck.Core.Extraction;

/// <summary>An interview transcript quoted whole, <c>"PENCE: Well, …"</c>: the label in capitals before the colon speaks.</summary>
internal sealed class TranscriptLabelSieve : IMentionSieve
{
    public string Name => "transcript-label";

    public Attribution? Find(QuoteContext context) => context.Finder.TranscriptLabel(context.Quote);
}

/// <summary><c>X scolded him: "…," she said</c>: a speech verb and its speaker ending in a colon right before the quote introduce it.</summary>
internal sealed class ColonIntroductionSieve : IMentionSieve
{
    public string Name => "colon-introduction";

    public Attribution? Find(QuoteContext context)
    {
        var open = context.Doc.QuoteOpenToken[context.Quote];
        if (open == 0 || !context.Doc.Tokens[open - 1].Is(':') || context.Before is not { Adjacent: true } before)
            return null; // the colon first: the look-behind is computed only where it can answer
        // "Clinton seemed irritated: “…,” she wrote": a subject with no speech verb yields to the cue the quote ends on
        return before.Rule == Rules.ColonAfterSubject && context.Finder.EndsOpen(context.Quote) && context.After is not null ? null : before;
    }
}

/// <summary>
/// A quote left open by its last mark (<c>"…," she said</c>, <c>"…?" asked Tom</c>, <c>"…" — Ann Roe</c>), or by no
/// mark at all before a sentence-final cue (<c>"…eye-opener" Roe says.</c>): the speaker named right after it.
/// CoreNLP's trigram patterns Quote-Mention-Verb and Quote-Verb-Mention.
/// </summary>
internal sealed class OpenQuoteTrailingCueSieve : IMentionSieve
{
    public string Name => "trailing-cue-open";

    public Attribution? Find(QuoteContext context)
    {
        if (context.Finder.EndsOpen(context.Quote))
            return context.After;
        return context.Finder.EndsOnAWord(context.Quote) && context.After is { } after && context.Finder.RunsIntoClosingCue(context.Quote, after) ? after : null;
    }
}

/// <summary><c>She said, "…"</c> or <c>She said that "…"</c>: a speech verb and its speaker right before the quote.</summary>
internal sealed class LeadingCueSieve : IMentionSieve
{
    public string Name => "leading-cue";

    public Attribution? Find(QuoteContext context) => context.Before is { Adjacent: true } before ? before : null;
}

/// <summary><c>"…." she said</c>: a speaker and speech verb right after a closed quote.</summary>
internal sealed class TrailingCueSieve : IMentionSieve
{
    public string Name => "trailing-cue";

    public Attribution? Find(QuoteContext context) => context.After;
}

/// <summary>
/// A speech verb earlier in the quote's sentence, not next to it (<c>Tom said Monday that the plan was "a betrayal"</c>),
/// "according to X", a passive's agent, a possessive speech noun (<c>Roe's claim that "…"</c>) or a subject and colon.
/// </summary>
internal sealed class SentenceCueSieve : IMentionSieve
{
    public string Name => "sentence-cue";

    public Attribution? Find(QuoteContext context) => context.Before;
}

/// <summary><c>"…" for the city, the mayor said.</c>: a speech verb later in the quote's sentence whose subject follows the quote.</summary>
internal sealed class LaterCueSieve : IMentionSieve
{
    public string Name => "later-cue";

    public Attribution? Find(QuoteContext context) => context.Finder.LaterInSentence(context.Quote);
}

/// <summary>
/// A phrase quoted after a verb of judging or advocating (<c>Reid has gone after Trump as a "con artist"</c>): the
/// subject of the sentence, when it can act.
/// </summary>
internal sealed class StanceSubjectSieve : IMentionSieve
{
    public string Name => "stance-subject";

    public Attribution? Find(QuoteContext context) => context.Finder.SubjectOfSentence(context.Quote);
}

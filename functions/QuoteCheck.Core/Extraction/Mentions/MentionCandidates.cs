namespace QuoteCheck.Core.Extraction;

/// <summary>One possible speaker mention for a quote, with the sieves that proposed it (if any) and the answer they gave.</summary>
internal sealed class MentionCandidate(int from, int to)
{
    public int From { get; } = from;

    public int To { get; } = to;

    /// <summary>Bit <c>i</c> is set when mention sieve <c>i</c> answered with this mention.</summary>
    public int ProposedBy { get; set; }

    /// <summary>The answer of the first sieve that proposed it: the cue and rule to show in the evidence.</summary>
    public Attribution? Answer { get; set; }
}

/// <summary>
/// The possible speaker mentions of the current quote: every sieve's answer, and the noun phrases that open a clause
/// in the quote's sentence (before it, and just after it), nearest first and bounded in number, so the mention ranker
/// can prefer another than the first sieve's when the evidence says so.
/// </summary>
internal static class MentionCandidates
{
    /// <summary>The most candidates a quote gets.</summary>
    public const int Max = 14;

    private const int ReachBefore = 40;
    private const int ReachAfter = 8;

    /// <summary>Fills <paramref name="into"/> with the candidates of the context's quote, given each sieve's answer (null where it passed).</summary>
    public static void Collect(QuoteContext context, NounPhrases phrases, ReadOnlySpan<Attribution?> answers, List<MentionCandidate> into)
    {
        into.Clear();
        for (var i = 0; context.Doc.Work.Tick() && (i < answers.Length); i++)
        {
            if (answers[i] is not { } answer)
                continue;
            var candidate = Find(into, answer.MentionFrom, answer.MentionTo);
            if (candidate is null)
            {
                candidate = new MentionCandidate(answer.MentionFrom, answer.MentionTo) { Answer = answer };
                into.Add(candidate);
            }

            candidate.ProposedBy |= 1 << i;
        }

        var doc = context.Doc;
        var tokens = doc.Tokens;
        var open = doc.QuoteOpenToken[context.Quote];
        var close = doc.QuoteCloseToken[context.Quote];
        var sentence = tokens[open].Sentence;
        for (var t = open - 1; context.Doc.Work.Tick() && (t >= 0 && t >= open - ReachBefore && into.Count < Max); t--)
        {
            if (tokens[t].Sentence != sentence)
                break;
            TryAdd(tokens, phrases, t, open, afterQuote: false, into);
        }

        var endSentence = tokens[close].Sentence;
        for (var t = close + 1; context.Doc.Work.Tick() && (t < tokens.Length && t <= close + ReachAfter && into.Count < Max); t++)
        {
            if (tokens[t].Sentence != endSentence || tokens[t].Quote >= 0)
                break;
            TryAdd(tokens, phrases, t, tokens.Length, afterQuote: true, into);
        }
    }

    private static void TryAdd(Token[] tokens, NounPhrases phrases, int t, int limit, bool afterQuote, List<MentionCandidate> into)
    {
        var tok = tokens[t];
        if (!tok.IsWord || tok.Quote >= 0 || !OpensClause(tokens, t) || IsInvertedVerb(tokens, t))
            return;
        (int From, int To)? np = tok.Text is "who" or "which" && t > 0 && tokens[t - 1].Is(',') ? (!afterQuote || RelativeSpeaks(tokens, phrases, t) ? (t, t) : null) : phrases.StartingAt(t);
        if (np is not { } phrase || phrases.SpeakerPart(phrase.From, phrase.To) is not { } found || found.To >= limit || Find(into, found.From, found.To) is not null
            || IsPassiveSubject(tokens, found.To) || IsPlaceLabelAfterPlace(tokens, phrases, found))
            return;
        into.Add(new MentionCandidate(found.From, found.To));
    }

    /// <summary>
    /// True when a relative pronoun after a quote is the subject of a speech verb (<c>“…,” said Ann Roe, who added …</c>),
    /// so it can stand for the speaker; in <c>“…,” beamed Ann Roe, who lives nearby</c> it only describes the name
    /// before it, which speaks. (Before a quote, "who" opens the clause the quote is in and is always a candidate:
    /// <c>a rival who called him a “fraud”</c>.)
    /// </summary>
    private static bool RelativeSpeaks(Token[] tokens, NounPhrases phrases, int t)
    {
        var verb = t + 1;
        while (verb < tokens.Length && verb < t + 4 && tokens[verb].IsWord && Lexicon.IsAuxiliary(tokens[verb].Text))
            verb++;
        return verb < tokens.Length && tokens[verb].Sentence == tokens[t].Sentence && phrases.IsCue(verb);
    }

    /// <summary>"in San Bernardino, Calif., and": the state, province or district set off after a place is where it is, never who speaks.</summary>
    private static bool IsPlaceLabelAfterPlace(Token[] tokens, NounPhrases phrases, (int From, int To) found) =>
        found.From >= 2 && tokens[found.From - 1].Is(',') && tokens[found.From - 2].IsCapitalized && phrases.IsPlaceLabel(found.From, found.To)
        && found.To + 1 < tokens.Length && (tokens[found.To + 1].Is(',') || tokens[found.To + 1].Is('.') || tokens[found.To + 1].Is(';'));

    /// <summary>"X has been called …", "X was described as …": the subject of a passive verb is what is spoken of, not who speaks.</summary>
    private static bool IsPassiveSubject(Token[] tokens, int to)
    {
        var be = false;
        var t = to + 1;
        for (; t < tokens.Length && t <= to + 4 && tokens[t].IsWord && Lexicon.IsAuxiliary(tokens[t].Text); t++)
            be |= tokens[t].Text is "is" or "was" or "are" or "were" or "been" or "be" or "being";
        return be && t < tokens.Length && tokens[t].IsWord && (tokens[t].Text.EndsWith("ed", StringComparison.Ordinal) || Lexicon.IsSpeechVerb(tokens[t].Text))
            && !tokens[t].Text.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>True when token <paramref name="t"/> can begin a clause's subject: sentence start, or after punctuation, a conjunction, "that" or a speech verb.</summary>
    private static bool OpensClause(Token[] tokens, int t)
    {
        if (t == 0 || tokens[t - 1].Sentence != tokens[t].Sentence || tokens[t - 1].Paragraph != tokens[t].Paragraph)
            return true;
        var prev = tokens[t - 1];
        if (!prev.IsWord)
            return prev.Kind != TokenKind.OpenMark;
        return prev.Text is "and" or "but" or "that" or "while" or "as" or "when" or "because" or "to" or "by" or "from" or "of" or "with"
            || Lexicon.IsSpeechVerb(prev.Text) || IsInvertedVerb(tokens, t - 1);
    }

    /// <summary>
    /// <c>“…,” beamed Ann Roe</c>: a past tense right after a quote's closing mark (and its comma), before a capitalised
    /// word, is a verb put before its subject even when no list knows it, so the subject starts after it.
    /// </summary>
    public static bool IsInvertedVerb(Token[] tokens, int v)
    {
        if (v < 1 || v + 1 >= tokens.Length || !tokens[v].IsWord || !Lexicon.IsPastTenseForm(tokens[v].Text) || !tokens[v + 1].IsCapitalized
            || tokens[v + 1].Sentence != tokens[v].Sentence)
            return false;
        var before = tokens[v - 1].Is(',') && v >= 2 ? tokens[v - 2] : tokens[v - 1];
        return before.Kind == TokenKind.CloseMark;
    }

    private static MentionCandidate? Find(List<MentionCandidate> candidates, int from, int to)
    {
        foreach (var c in candidates)
        {
            if (c.From == from && c.To == to)
                return c;
        }

        return null;
    }
}

namespace QuoteCheck.Core.Extraction;

/// <summary>The grammar of attributions the mention sieves share: what a speech verb's speaker is, and what stands right after or before a quote.</summary>
internal sealed class AttributionFinder(ArticleDocument doc, NounPhrases phrases)
{
    private const int MaxAppositiveTokens = 24;

    // Bounds every look-around so that one long sentence with many quotes stays linear.
    private const int MaxLookBehindTokens = 80;

    /// <summary>The most words of a time or place adverbial between a relative pronoun and its cue ("who in a 2010 interview said").</summary>
    private const int MaxAdverbialTokens = 6;

    /// <summary>How far back from "and" the subject of the verb a speech verb is coordinated with is looked for.</summary>
    private const int MaxCoordinatedReach = 24;
    private readonly Token[] _tokens = doc.Tokens;
    private readonly WorkMeter _work = doc.Work;

    // Each speech verb's speaker, filled in document order up to _cueSubjectsUpTo (see SubjectOfCue).
    private Attribution?[]? _cueSubjects;
    private int _cueSubjectsUpTo;

    /// <summary>True when the quote's last mark leaves it open (<c>"…,"</c>, <c>"…?"</c>, <c>"…" —</c>): an attribution follows.</summary>
    public bool EndsOpen(int q)
    {
        var close = doc.QuoteCloseToken[q];
        var last = close - 1;
        if (last > 0 && _tokens[last].Text is "\u2019" or "'")
            last--;
        return last >= 0 && (_tokens[last].Text is "," or "?" or "!" or "\u2014" or "-" or "\u2026"
            || (close + 1 < _tokens.Length && _tokens[close + 1].Is(',')));
    }

    /// <summary>True when the last token inside quote <paramref name="q"/> is a word: no punctuation before its closing mark.</summary>
    public bool EndsOnAWord(int q) => doc.QuoteCloseToken[q] - 1 > doc.QuoteOpenToken[q] && _tokens[doc.QuoteCloseToken[q] - 1].IsWord;

    /// <summary>
    /// True when a quote whose last word is left without punctuation (<c>“…was a real eye-opener” Roe says.</c>, a comma
    /// the writer left out) closes straight into the attribution <paramref name="after"/> found for it, which ends the sentence.
    /// </summary>
    public bool RunsIntoClosingCue(int q, Attribution after)
    {
        var close = doc.QuoteCloseToken[q];
        var end = Math.Max(after.MentionTo, after.CueTo) + 1;
        return EndsOnAWord(q) && Math.Min(after.MentionFrom, after.CueFrom) == close + 1 && after.Rule is Rules.QuoteSpeakerCue or Rules.QuoteCueSpeaker
            && (end >= _tokens.Length || _tokens[end].Is('.') || _tokens[end].Paragraph != _tokens[close].Paragraph);
    }

    /// <summary>
    /// A phrase quoted in reported speech without a speech verb ("Reid has gone after Trump as a “con artist”"):
    /// the subject of the sentence's main clause, with the verb after it as the cue.
    /// </summary>
    public Attribution? SubjectOfSentence(int q)
    {
        var open = doc.QuoteOpenToken[q];
        var lo = LookBehindStart(open, _tokens[open].Sentence);
        if (SentenceSubject(lo, open) is not { } subject || !IsAgent(subject))
            return null;
        var verb = SkipAuxForward(SkipParenthetical(subject.To + 1, open));
        if (verb >= open || !_tokens[verb].IsWord || _tokens[verb].Quote >= 0 || !char.IsLower(_tokens[verb].Text[0]) || open - verb > 16)
            return null;
        var stance = Lexicon.IsStanceVerb(_tokens[verb].Text)
            && (_tokens[verb].Text is not ("go" or "goes" or "went" or "gone" or "going") || _tokens[verb + 1].Text == "after");
        var asFrame = _tokens[open - 1].Text is "as" || (open - 2 > verb && _tokens[open - 2].Text is "as" && _tokens[open - 1].Text is "a" or "an" or "the");
        if ((!stance && !asFrame) || IsPassive(verb, subject.To + 1))
            return null;
        for (var t = verb + 1; _work.Tick() && (t < open); t++)
        {
            if (_tokens[t].Quote >= 0 || _tokens[t].Is(';') || _tokens[t].Text is "that" or "which" or "who")
                return null; // another clause or quote between the verb and this one
        }

        return new Attribution(subject.From, subject.To, verb, verb, Rules.SubjectOfSentence, false);
    }

    /// <summary>Skips ", in particular," or ", 63," after a subject: a comma pair at most eight tokens apart.</summary>
    private int SkipParenthetical(int t, int limit)
    {
        if (t >= limit || !_tokens[t].Is(','))
            return t;
        for (var c = t + 1; _work.Tick() && (c < limit && c <= t + 8); c++)
        {
            if (_tokens[c].Is(','))
                return c + 1;
        }

        return t;
    }

    /// <summary>A phrase that can act: a name, a personal pronoun other than "it", or a phrase ending in a role.</summary>
    private bool IsAgent((int From, int To) np)
    {
        var head = _tokens[np.To];
        if (phrases.IsPronoun(np.To))
            return np.From == np.To && !NounPhrases.WithoutContraction(head.Text).Equals("it", StringComparison.OrdinalIgnoreCase) && head.Text.AsSpan().IndexOfAny('\'', '\u2019') < 0;
        if (head.Is(')'))
            return true;
        return (phrases.IsNameLike(np.To) && (!Lexicon.NotNames.Contains(head.Text) || phrases.FollowsHonorific(np.To))) || Lexicon.IsRoleWord(head.Text);
    }

    /// <summary>An interview transcript quoted whole: <c>"PENCE: Well, ..."</c> names its speaker in capitals before a colon.</summary>
    public Attribution? TranscriptLabel(int q)
    {
        var first = doc.QuoteOpenToken[q] + 1;
        var close = doc.QuoteCloseToken[q];
        if (first + 1 >= close)
            return null;
        var label = _tokens[first];
        var isLabel = label.IsWord && label.Text.Length >= 2 && label.Text.All(c => char.IsUpper(c) || c is '.' or '-' or '\'' or '\u2019')
            && _tokens[first + 1].Is(':');
        return isLabel ? new Attribution(first, first, first + 1, first + 1, Rules.TranscriptLabel, true) : null;
    }

    /// <summary>
    /// A quote set as its own paragraph and signed on the next line (<c>"…"</c> / <c>- Ann Roe.</c>, as fact-checks and
    /// epigraphs do): a short paragraph of a dash and a name, <paramref name="t"/> its first token, after a quote that
    /// opens its own paragraph (<paramref name="open"/>).
    /// </summary>
    private Attribution? SignatureLine(int open, int t)
    {
        const int maxTokens = 16;
        var paragraph = _tokens[t].Paragraph;
        if (open > 0 && _tokens[open - 1].Paragraph == _tokens[open].Paragraph)
            return null; // the quote shares its paragraph with other words: no epigraph
        if (doc.Paragraphs[paragraph].Excluded || _tokens[t].Kind != TokenKind.Punct || _tokens[t].Text[0] is not ('-' or '\u2014' or '\u2013' or '\u2015'))
            return null;
        var last = t;
        while (_work.Tick() && last + 1 < _tokens.Length && _tokens[last + 1].Paragraph == paragraph)
        {
            if (++last - t >= maxTokens || _tokens[last].Quote >= 0)
                return null;
        }

        return phrases.StartingAt(t + 1) is { } signed && signed.To <= last && phrases.IsNameLike(signed.From) && !Lexicon.Determiners.Contains(_tokens[signed.From].Text)
            ? new Attribution(signed.From, signed.To, t, t, Rules.QuoteDashSpeaker, true)
            : null;
    }

    /// <summary>
    /// The named subject of the sentence ending just before token <paramref name="t"/>, when that sentence has no quote
    /// and no speech verb, only says what someone did (<c>Lin did not need much coaxing.</c>), and is in the paragraph of
    /// token <paramref name="t"/>; else null.
    /// </summary>
    public Attribution? NarrativeSubjectBefore(int t)
    {
        if (t == 0 || _tokens[t - 1].Paragraph != _tokens[t].Paragraph || _tokens[t - 1].Sentence == _tokens[t].Sentence)
            return null;
        var sentence = _tokens[t - 1].Sentence;
        var lo = LookBehindStart(t - 1, sentence);
        if (lo == 0 || _tokens[lo - 1].Sentence == sentence)
            return null; // the sentence is longer than the look-behind, or begins after a quote of its own
        for (var k = lo; _work.Tick() && k < t; k++)
        {
            if (_tokens[k].Quote >= 0 || _tokens[k].Kind is TokenKind.OpenMark or TokenKind.CloseMark || phrases.IsCue(k))
                return null;
        }

        if (phrases.StartingAt(lo) is not { } np || phrases.IsPronoun(np.From) || !phrases.IsNameLike(np.From) || !phrases.IsNameLike(np.To)
            || np.To + 1 >= t || !_tokens[np.To + 1].IsWord || !char.IsLower(_tokens[np.To + 1].Text[0]))
            return null;
        return new Attribution(np.From, np.To, np.To + 1, np.To + 1, Rules.SentenceSubject, false);
    }

    /// <summary>The speaker of the last speech-verb clause in the sentence ending just before token <paramref name="t"/>.</summary>
    public Attribution? LastCueBefore(int t, int sentence)
    {
        var lo = LookBehindStart(t, sentence);
        for (var k = t - 1; _work.Tick() && (k >= lo); k--)
        {
            if (_tokens[k].Quote >= 0 || _tokens[k].Sentence != sentence || IsNegated(k, lo))
                continue;
            var found = SubjectOfCue(k, Rules.PreviousSentence);
            if (found is not null)
                return found;
        }

        return null;
    }

    /// <summary>The attribution right after quote <paramref name="q"/> (<c>"…," she said</c>), if any.</summary>
    public Attribution? AfterQuote(int q)
    {
        var close = doc.QuoteCloseToken[q];
        var t = close + 1;
        if (t < _tokens.Length && _tokens[t].Is(','))
            t++;
        if (t < _tokens.Length && _tokens[t].Paragraph != _tokens[close].Paragraph && t == close + 1)
            return SignatureLine(doc.QuoteOpenToken[q], t);
        if (t >= _tokens.Length || _tokens[t].Paragraph != _tokens[close].Paragraph || _tokens[t].Quote >= 0)
            return null;
        if (_tokens[t].Kind == TokenKind.Punct && (_tokens[t].Text[0] is '\u2015' or '\u2014' or '\u2013' || (_tokens[t].Text is "-" or "--" && t == close + 1))
            && phrases.StartingAt(t + 1) is { } dashed && phrases.IsNameLike(dashed.From) && (_tokens[t].Text[0] != '-' || EndsSignature(dashed.To + 1)))
            return new Attribution(dashed.From, dashed.To, t, t, Rules.QuoteDashSpeaker, true);
        if (SurnameBeforeCue(t) is { } surnameCue)
            return new Attribution(t, t, surnameCue, surnameCue, Rules.QuoteSpeakerCue, true); // "“…,” Read said." / "Will wrote"
        if (phrases.IsCue(t) && !_tokens[t].Text.EndsWith("ing", StringComparison.Ordinal))
        {
            var np = InvertedSubject(t + 1);
            if (np is not { } found || (Lexicon.PossessivePronouns.Contains(_tokens[found.From].Text) && !phrases.CanSpeak(found.To)))
                return null; // "called him “a liar,” denounced his record": a verb and its object, not "said his spokesman"
            return new Attribution(found.From, found.To, t, t, Rules.QuoteCueSpeaker, true);
        }

        if (phrases.IsAccordingTo(t) && phrases.StartingAt(t + 2) is { } according)
            return new Attribution(according.From, according.To, t, t + 1, Rules.AccordingTo, true);
        if (IsPerSource(t) && phrases.StartingAt(t + 1) is { } per)
            return new Attribution(per.From, per.To, t, t, Rules.AccordingTo, true); // "“…,” per the party’s bylaws."
        if (_tokens[t].Text is "as" or "As" && phrases.StartingAt(t + 1) is { } asSpeaker
            && SkipAuxForward(asSpeaker.To + 1) is var asCue && phrases.IsCue(asCue) && EndsClause(asCue + 1))
            return new Attribution(asSpeaker.From, asSpeaker.To, asCue, asCue, Rules.AsSpeakerPutIt, true);

        var subject = phrases.StartingAt(t);
        if (subject is not { } np2)
            return null;
        if (DescribedName(np2) is { } described)
            np2 = described; // "…,” Rally Canada volunteer media coordinator Tom Hinderks said
        var v = np2.To + 1;
        (int, int)? appositive = null;
        if (v < _tokens.Length && _tokens[v].Is(','))
        {
            // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the appositive may hold
            // commas, so it ends at the comma before the speech verb, else at the first
            var appositiveEnd = -1;
            for (var end = v + 1; end < _tokens.Length && end < v + MaxAppositiveTokens && !_tokens[end].Is('.')
                && _tokens[end].Quote < 0 && _tokens[end].Paragraph == _tokens[v].Paragraph; end++)
            {
                if (!_tokens[end].Is(','))
                    continue;
                var beforeCue = phrases.IsCue(SkipAuxForward(end + 1));
                if (appositiveEnd < 0 || beforeCue)
                    appositiveEnd = end;
                if (beforeCue)
                    break;
            }

            if (appositiveEnd > v + 1)
            {
                appositive = (v + 1, appositiveEnd - 1);
                v = appositiveEnd + 1;
            }
        }

        // "…," Roe and Lin said: two names joined by "and" speak together
        if (appositive is null && v < _tokens.Length && _tokens[v].Text is "and" && phrases.IsNameLike(np2.From) && phrases.StartingAt(v + 1) is { } joined
            && phrases.IsNameLike(joined.From) && !phrases.IsPronoun(joined.From) && SkipAuxForward(joined.To + 1) is var jointCue && phrases.IsCue(jointCue))
            return new Attribution(np2.From, joined.To, jointCue, jointCue, Rules.QuoteSpeakerCue, true);
        v = SkipAuxForward(v);
        if (phrases.IsCue(v) && !(EndsSentence(close) && ReportsAnotherStatement(v)))
            return new Attribution(np2.From, np2.To, v, v, Rules.QuoteSpeakerCue, true) { Appositive = appositive };
        // "the 54-year-old mother of three said": the phrase stopped at "of" (or just before it), the count is its end
        var of = _tokens[np2.To].Text is "of" ? np2.To : v < _tokens.Length && _tokens[v].Text is "of" ? v : -1;
        if (of >= 0 && of + 1 < _tokens.Length && IsCount(_tokens[of + 1]) && SkipAuxForward(of + 2) is var counted && phrases.IsCue(counted))
            return new Attribution(np2.From, of + 1, counted, counted, Rules.QuoteSpeakerCue, true) { Appositive = appositive };
        if (v < _tokens.Length && _tokens[v].IsWord && _tokens[v].Text is "in" or "of" or "for" or "at" or "from"
            && phrases.StartingAt(v + 1) is { } pp)
        {
            var w = SkipAuxForward(PastPlaceLabel(pp.To));
            if (phrases.IsCue(w))
            {
                // "University of the Fraser Valley political scientist Hamish Telford said": the phrase after "of" ends in
                // a role and a name, so the whole is one description of that person; else "Ann Roe of Alabama said"
                return NameAfterRole(pp)
                    ? new Attribution(np2.From, pp.To, w, w, Rules.QuoteSpeakerCue, true)
                    : new Attribution(np2.From, np2.To, w, w, Rules.QuoteSpeakerCue, true);
            }
        }

        return null;
    }

    /// <summary>A speech verb later in the quote's sentence whose subject follows the quote (<c>"..." for X, she said.</c>).</summary>
    public Attribution? LaterInSentence(int q)
    {
        var close = doc.QuoteCloseToken[q];
        var sentence = _tokens[close].Sentence;
        for (var k = close + 1; _work.Tick() && (k < _tokens.Length && k < close + 40 && _tokens[k].Sentence == sentence); k++)
        {
            if (_tokens[k].Quote >= 0)
            {
                // "Sales were "flat" as a "bad year" ended, she said": one cue for every partial quote of the clause before it
                k = Math.Max(k, doc.QuoteCloseToken[_tokens[k].Quote]); // never back: the scan stays one pass
                continue;
            }

            if (!phrases.IsCue(k) || _tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
                continue;
            var j = k - 1;
            while (_work.Tick() && j > close && _tokens[j].IsWord && Lexicon.IsAuxiliary(_tokens[j].Text))
                j--;
            if (j > close && phrases.EndingAt(j, close + 1) is { } np && (j - 1 <= close || _tokens[np.From - 1].Is(',')))
                return new Attribution(np.From, np.To, k, k, Rules.CueLaterInSentence, false);
            // "“…” about fixing inequality, said Ann Roe, a teacher.": the inverted cue set off after the quote's clause
            if (j == k - 1 && j > close + 1 && _tokens[j].Is(',') && InvertedSubject(k + 1) is { } inverted && phrases.IsNameLike(inverted.From)
                && EndsInvertedSubject(inverted.To + 1))
                return new Attribution(inverted.From, inverted.To, k, k, Rules.CueLaterInSentence, false);
            return null;
        }

        return null;
    }

    /// <summary>The attribution before quote <paramref name="q"/> in its sentence, if any; <c>Adjacent</c> when it leads straight into the quote.</summary>
    public Attribution? BeforeQuote(int q)
    {
        var open = doc.QuoteOpenToken[q];
        var lo = LookBehindStart(open, _tokens[open].Sentence);
        if (lo == open && IntroducedByParagraphAbove(open))
            lo = LookBehindStart(open - 1, _tokens[open - 1].Sentence);
        var adjacentPunct = open - 1 >= lo && (_tokens[open - 1].Is(':') || _tokens[open - 1].Is(','));
        if (DashLabel(open, lo) is { } label)
            return new Attribution(label.From, label.To, open - 1, open - 1, Rules.ColonAfterSubject, true);
        for (var k = open - 1; _work.Tick() && (k >= lo); k--)
        {
            if (_tokens[k].Quote >= 0)
                continue;
            if (phrases.IsAccordingTo(k) && phrases.StartingAt(k + 2) is { } according)
                return new Attribution(according.From, according.To, k, k + 1, Rules.AccordingTo, adjacentPunct);
            var found = SubjectOfCue(k, Rules.SpeakerCueInSentence);
            if (found is null)
                continue;
            if (found.Rule == Rules.PassiveAgent)
                return found;
            var adjacent = IsAdjacent(found.CueTo, open);
            return found with { Rule = adjacent ? Rules.SpeakerCueQuote : found.Rule, Adjacent = adjacent };
        }

        for (var k = open - 1; _work.Tick() && (k >= lo); k--)
        {
            if (_tokens[k].Quote < 0 && PossessiveSpeaker(k, lo) is { } possessive)
                return possessive;
        }

        if (SourceBeforeColon(open, lo) is { } source)
            return new Attribution(source.From, source.To, open - 1, open - 1, Rules.ColonAfterSubject, true);

        // across paragraphs the colon's sentence must say what someone did: a lone "The fact-check:" is a heading, and
        // in "Wait, it gets better:" no one speaks
        if (open - 1 >= lo && _tokens[open - 1].Is(':') && SentenceSubject(lo, open - 1) is { } subject && !IsCapitalsHeading(subject)
            && (_tokens[open - 1].Paragraph == _tokens[open].Paragraph || (subject.To < open - 2 && IsAgent(subject))))
            return new Attribution(subject.From, subject.To, open - 1, open - 1, Rules.ColonAfterSubject, true);
        return null;
    }

    /// <summary>
    /// <c>Pollsters agree - Ann Roe: “…”</c>: a name set off by a dash right before the colon labels the quote with its
    /// author, as a digest credits each excerpt; the clause before the dash is the digest's own heading.
    /// </summary>
    private (int From, int To)? DashLabel(int open, int lo)
    {
        if (open - 2 < lo || !_tokens[open - 1].Is(':') || _tokens[open - 2].Quote >= 0 || phrases.EndingAt(open - 2, lo) is not { } np
            || np.From - 1 < lo || !phrases.IsNameLike(np.From) || phrases.IsPronoun(np.From))
            return null;
        var dash = _tokens[np.From - 1];
        return dash.Kind == TokenKind.Punct && dash.Text is "-" or "\u2013" or "\u2014" or "--" ? np : null;
    }

    /// <summary>
    /// <c>From the report: “…”</c>, <c>From Roe’s Facebook post: “…”</c>: a clause of "From" and a document, work or
    /// speech noun, ending in the colon before the quote, names where the words come from.
    /// </summary>
    private (int From, int To)? SourceBeforeColon(int open, int lo)
    {
        if (open - 3 < lo || !_tokens[open - 1].Is(':') || _tokens[lo].Text is not ("From" or "from") || (lo > 0 && _tokens[lo - 1].Sentence == _tokens[lo].Sentence)
            || phrases.StartingAt(lo + 1) is not { } np || np.To != open - 2)
            return null;
        var head = _tokens[np.To].Text;
        return Lexicon.DocumentNouns.Contains(head) || Lexicon.WorkNouns.Contains(head) || Lexicon.SpeechNouns.Contains(head) ? np : null;
    }

    /// <summary>
    /// A quote that opens its paragraph right after a paragraph ending in a colon (<c>Roe issued a statement:</c>, then
    /// the statement set as a block): that paragraph's last sentence introduces it.
    /// </summary>
    private bool IntroducedByParagraphAbove(int open)
    {
        if (open == 0 || !_tokens[open - 1].Is(':') || _tokens[open - 1].Quote >= 0)
            return false;
        var above = _tokens[open - 1].Paragraph;
        return above != _tokens[open].Paragraph && !doc.Paragraphs[above].Excluded;
    }

    /// <summary>"Trump's claim that ...": a possessive name before a speech noun.</summary>
    private Attribution? PossessiveSpeaker(int k, int lo)
    {
        if (k - 1 < lo || !_tokens[k].IsWord || !Lexicon.SpeechNouns.Contains(_tokens[k].Text))
            return null;
        var owner = _tokens[k - 1];
        if (!owner.IsWord || owner.Quote >= 0 || !NounPhrases.IsPossessive(owner.Text) || !char.IsUpper(owner.Text[0]))
            return null;
        var from = k - 1;
        while (_work.Tick() && from - 1 >= lo && from > k - 5 && phrases.IsNameLike(from - 1) && !Lexicon.NotNames.Contains(_tokens[from - 1].Text))
            from--;
        return new Attribution(from, k - 1, k, k, Rules.PossessiveSpeechNoun, false);
    }

    /// <summary>
    /// The speaker of speech verb <paramref name="k"/> (its subject, an appositive's name, a passive's agent, an inverted
    /// "said X"), labelled <paramref name="rule"/>, or null. Each verb's answer is computed once per document, in
    /// document order, so that a verb that defers to an earlier one reads that one's answer instead of searching again:
    /// <c>"a" said "b" said "c" said …</c> costs time linear in its length.
    /// </summary>
    private Attribution? SubjectOfCue(int k, string rule)
    {
        if (k < 0 || k >= _tokens.Length)
            return null;
        while (_work.Tick() && _cueSubjectsUpTo <= k)
        {
            var t = _cueSubjectsUpTo++;
            if (phrases.IsCue(t))
                (_cueSubjects ??= new Attribution?[_tokens.Length])[t] = ComputeSubjectOfCue(t, LookBehindStart(t, _tokens[t].Sentence));
        }

        var found = _cueSubjects?[k];
        return found is not null && rule != Rules.SpeakerCueInSentence && found.Rule == Rules.SpeakerCueInSentence ? found with { Rule = rule } : found;
    }

    private Attribution? ComputeSubjectOfCue(int k, int lo)
    {
        const string rule = Rules.SpeakerCueInSentence;
        if (IsNounUse(k, lo))
            return null;
        var j = k - 1;
        while (_work.Tick() && j >= lo && _tokens[j].IsWord && Lexicon.IsAuxiliary(_tokens[j].Text) && !phrases.FollowsHonorific(j))
            j--;
        var progressive = false;
        for (var a = j + 1; _work.Tick() && (a < k); a++)
            progressive |= _tokens[a].Text is "is" or "was" or "are" or "were" or "been" or "be";
        var participle = _tokens[k].Text.EndsWith("ing", StringComparison.Ordinal) && !progressive;
        if (progressive && !_tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
            return PassiveAgent(k); // "has been called a “charlatan” by physicians": the subject is not the speaker
        if (j >= lo && _tokens[j].Is(',') && !participle)
        {
            var m = j - 1;
            while (_work.Tick() && m >= lo && m > j - MaxAppositiveTokens && !_tokens[m].Is(',') && _tokens[m].Quote < 0)
                m--;
            if (m >= lo && m < j - 1 && _tokens[m].Is(',') && OpeningSegment(m, lo) is { } opening)
                return new Attribution(opening.From, opening.To, k, k, rule, false) { Appositive = (opening.To + 2, j - 1) };
            if (m >= lo && m < j - 1 && _tokens[m].Is(',') && phrases.EndingAt(m - 1, lo) is { } named)
            {
                // "Donald Tusk, the president of the council, which represents EU leaders, urged", "Ann Roe, the union's
                // head, who took office in May, said": a relative clause after a role set beside a name; the name speaks
                if (_tokens[m + 1].Text is "which" or "who" && NameBeforeRole(named, lo) is { } name)
                    return new Attribution(name.From, name.To, k, k, rule, false) { Appositive = named };
                if (phrases.IsPlaceLabel(m + 1, j - 1) && AfterPreposition(named.From, lo) && named.From - 2 >= lo
                    && phrases.EndingAt(named.From - 2, lo) is { } placed && !AfterPreposition(placed.From, lo))
                    return new Attribution(placed.From, placed.To, k, k, rule, false); // "Officials in Halifax, N.S., said": the place is where they are
                return new Attribution(named.From, named.To, k, k, rule, false) { Appositive = (m + 1, j - 1) };
            }
            if (m >= lo && _tokens[m].Is(',') && phrases.StartingAt(m + 1) is { } between && between.To == j - 1)
                return new Attribution(between.From, between.To, k, k, rule, false); // "Pressed on why, the 34-year-old mother of three replied"
            return null;
        }

        if (!participle && phrases.EndingAt(j, lo) is { } np && !AfterPreposition(np.From, lo))
            return Outermost(new Attribution(np.From, np.To, k, k, rule, false), lo);
        if (participle && j == k - 1 && j >= lo && phrases.EndingAt(j, lo) is { } actor && phrases.IsNameLike(actor.To)
            && (AfterPreposition(actor.From, lo) || OpensAbsoluteClause(actor.From, lo)))
            return new Attribution(actor.From, actor.To, k, k, rule, false); // "footage of Trump saying “…”", "– Ryan saying
        if (participle && j == k - 1 && j >= lo && WithAbsoluteSubject(j, lo) is { } absolute)
            return new Attribution(absolute.From, absolute.To, k, k, rule, false); // "with the crowd chanting “…”"
        if (j < lo && InvertedSubject(k + 1) is { } inverted && inverted.To + 1 < _tokens.Length
            && (_tokens[inverted.To + 1].Is(':') || _tokens[inverted.To + 1].Is(',')))
            return new Attribution(inverted.From, inverted.To, k, k, Rules.CueSpeakerColonQuote, true);
        if (!participle && RelativeSubject(j, lo) is { } relative)
            return new Attribution(relative, relative, k, k, rule, false);
        if (!participle && TimeBefore(j, lo) is var untimed && untimed >= lo && untimed < j && phrases.EndingAt(untimed, lo) is { } timed
            && !AfterPreposition(timed.From, lo))
            return Outermost(new Attribution(timed.From, timed.To, k, k, rule, false), lo); // "who Beck on Wednesday called"
        if (!participle && j > lo && _tokens[j].Text is "and" && CoordinatedSubject(j, lo) is { } coordinated)
            return new Attribution(coordinated.From, coordinated.To, k, k, rule, false);
        for (var f = k - 1; _work.Tick() && (f >= lo); f--)
        {
            // an earlier finite verb's answer, already computed: "X said Monday, adding “…”"
            if (_tokens[f].Quote < 0 && !_tokens[f].Text.EndsWith("ing", StringComparison.Ordinal) && _cueSubjects?[f] is { } finite)
                return finite with { CueFrom = k, CueTo = k };
        }

        var subject = SentenceSubject(lo, k);
        if (subject is { } s)
            return new Attribution(s.From, s.To, k, k, Rules.SentenceSubject, false);
        return null;
    }

    /// <summary>
    /// The speaker after an inverted speech verb (<c>says Halifax cartoonist Ann Roe</c>, <c>said Acme chief economist
    /// Bo Lin</c>): the phrase there, carried on to the personal name that ends the description when one follows before
    /// the clause ends, so the name speaks rather than the place or organisation leading it.
    /// </summary>
    private (int From, int To)? InvertedSubject(int from)
    {
        if (phrases.StartingAt(from) is not { } np)
            return null;
        if (phrases.IsPronoun(np.From) || !phrases.IsNameLike(np.From))
            return np;
        var lowerSeen = false;
        for (var t = np.To + 1; _work.Tick() && t < _tokens.Length && t <= np.To + 8 && _tokens[t].Paragraph == _tokens[from].Paragraph; t++)
        {
            var tok = _tokens[t];
            if (!tok.IsWord || tok.Quote >= 0 || Lexicon.IsSpeechVerb(tok.Text))
                return np;
            if (char.IsLower(tok.Text[0]))
            {
                if (!Lexicon.IsRoleWord(tok.Text) && tok.Text is not ("and" or "of" or "for") && !IsDescriptiveWord(tok.Text))
                    return np;
                lowerSeen = true;
                continue;
            }

            // a capitalised run after a lower-case role word: "… senior manager Erin Kim"
            if (lowerSeen && t + 1 < _tokens.Length && _tokens[t + 1].IsWord && char.IsUpper(_tokens[t + 1].Text[0]) && _tokens[t + 1].Quote < 0)
            {
                var end = t + 1;
                while (_work.Tick() && end + 1 < _tokens.Length && end < t + 4 && _tokens[end + 1].IsWord && char.IsUpper(_tokens[end + 1].Text[0]) && _tokens[end + 1].Quote < 0)
                    end++;
                return (np.From, end);
            }
        }

        return np;
    }

    /// <summary>
    /// <c>Acme volunteer media coordinator Bo Lin said</c>: a phrase that stops at lower-case words which, with a
    /// capitalised name after them, lead straight into a speech verb, is one description of the person named last.
    /// </summary>
    private (int From, int To)? DescribedName((int From, int To) np)
    {
        var t = np.To + 1;
        var lower = 0;
        while (_work.Tick() && t < _tokens.Length && lower < 4 && _tokens[t].IsWord && _tokens[t].Quote < 0 && char.IsLower(_tokens[t].Text[0])
            && !Lexicon.IsStop(_tokens[t].Text) && !Lexicon.IsAuxiliary(_tokens[t].Text) && !phrases.IsCue(t))
        {
            t++;
            lower++;
        }

        if (lower == 0 || t + 1 >= _tokens.Length || !phrases.IsNameLike(t) || !phrases.IsNameLike(t + 1))
            return null;
        var end = t + 1;
        while (_work.Tick() && end + 1 < _tokens.Length && end < t + 4 && phrases.IsNameLike(end + 1))
            end++;
        return phrases.IsCue(SkipAuxForward(end + 1)) ? (np.From, end) : null;
    }

    /// <summary>True when <paramref name="np"/> ends in a lower-case role word and a capitalised name of two words or more.</summary>
    private bool NameAfterRole((int From, int To) np)
    {
        var from = np.To;
        while (_work.Tick() && from - 1 > np.From && _tokens[from - 1].IsWord && char.IsUpper(_tokens[from - 1].Text[0]))
            from--;
        return from < np.To && char.IsUpper(_tokens[np.To].Text[0]) && _tokens[from - 1].IsWord && char.IsLower(_tokens[from - 1].Text[0])
            && Lexicon.IsRoleWord(_tokens[from - 1].Text);
    }

    /// <summary>A lower-case word that may describe a person before their name ("senior", "longtime", "veteran", "-based").</summary>
    private static bool IsDescriptiveWord(string word) =>
        word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal)
        || word.EndsWith("or", StringComparison.Ordinal) || word is "senior" or "longtime" or "veteran" or "former" or "chief" or "local" or "deputy";

    /// <summary>
    /// In a chain of comma-separated phrases before a speech verb (<c>Sen. Jane Roe, D-Ore., a member of the committee,
    /// said</c>), the phrase that opens the clause: the speaker, with the later ones describing them. Null when the
    /// chain does not start at the clause start.
    /// </summary>
    private (int From, int To)? OpeningSegment(int lastComma, int lo)
    {
        var comma = lastComma;
        for (var segments = 0; _work.Tick() && segments < 3 && comma > lo; segments++)
        {
            var previous = comma - 1;
            while (_work.Tick() && previous >= lo && previous > comma - MaxAppositiveTokens && !_tokens[previous].Is(',') && _tokens[previous].Quote < 0)
                previous--;
            if (previous < lo)
            {
                // the chain reaches the clause start: its first phrase speaks when it is a name and ends at the first comma
                return comma != lastComma && phrases.StartingAt(lo) is { } np && np.To == comma - 1 && phrases.IsNameLike(np.To) ? np : null;
            }

            if (!_tokens[previous].Is(','))
                return null;
            comma = previous;
        }

        return null;
    }

    /// <summary>A run-in heading in capitals (<c>ANALYST'S VIEW: "…"</c>): labels a section, never a speaker.</summary>
    private bool IsCapitalsHeading((int From, int To) np)
    {
        for (var t = np.From; _work.Tick() && t <= np.To; t++)
        {
            var w = _tokens[t];
            if (w.IsWord && (w.Text.Length < 2 || w.Text.Any(char.IsLower)))
                return false;
        }

        return true;
    }

    /// <summary>True when "is/was/been/be" stands between <paramref name="from"/> and a non-progressive verb: "has been called".</summary>
    private bool IsPassive(int verb, int from)
    {
        if (_tokens[verb].Text.EndsWith("ing", StringComparison.Ordinal))
            return false;
        for (var a = Math.Max(from, verb - 4); _work.Tick() && (a < verb); a++)
        {
            if (_tokens[a].Text is "is" or "was" or "are" or "were" or "been" or "be" or "being")
                return true;
        }

        return false;
    }

    /// <summary>The agent of a passive speech verb ("called … <i>by fellow physicians</i>"), within its sentence.</summary>
    private Attribution? PassiveAgent(int k)
    {
        var sentence = _tokens[k].Sentence;
        for (var b = k + 1; _work.Tick() && (b < _tokens.Length && b <= k + 24 && _tokens[b].Sentence == sentence); b++)
        {
            if (_tokens[b].Quote >= 0 || _tokens[b].Text != "by")
                continue;
            if (phrases.StartingAt(b + 1) is { } agent)
                return new Attribution(agent.From, agent.To, k, k, Rules.PassiveAgent, false);
            var last = b;
            while (last + 1 < _tokens.Length && last < b + 3 && _tokens[last + 1].IsWord && _tokens[last + 1].Quote < 0
                && char.IsLower(_tokens[last + 1].Text[0]) && !Lexicon.IsStop(_tokens[last + 1].Text))
                last++;
            return last > b ? new Attribution(b + 1, last, k, k, Rules.PassiveAgent, false) : null; // "by fellow physicians"
        }

        return null;
    }

    /// <summary>"Trump's claim", "the statement": a speech word after a possessive or article is a noun, not a verb.</summary>
    private bool IsNounUse(int k, int lo)
    {
        if (k - 1 < lo || !_tokens[k - 1].IsWord || _tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
            return false;
        var before = _tokens[k - 1].Text;
        return NounPhrases.IsPossessive(before) || before is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "our" or "my" or "your"
            or "A" or "An" or "The" or "His" or "Her" or "Their" or "Its" or "Our" or "My" or "Your"
            || ModifiedAsANoun(k, lo);
    }

    /// <summary>"a rare note", "an angry reply": a speech verb's bare form after "a" or "an" and at most two lower-case modifiers is a noun.</summary>
    private bool ModifiedAsANoun(int k, int lo)
    {
        if (!Lexicon.SpeechVerbLemmas.Contains(_tokens[k].Text))
            return false;
        for (var t = k - 1; _work.Tick() && t >= lo && t >= k - 3; t--)
        {
            var tok = _tokens[t];
            if (!tok.IsWord || tok.Quote >= 0)
                return false;
            if (tok.Text is "a" or "an" or "A" or "An")
                return t < k - 1;
            if (!char.IsLower(tok.Text[0]) || Lexicon.IsStop(tok.Text) || Lexicon.IsAuxiliary(tok.Text) || Lexicon.IsSpeechVerb(tok.Text))
                return false;
        }

        return false;
    }

    /// <summary>"per" as "according to" ("per the party’s bylaws", "per Reuters"): before a determiner, a possessive pronoun or a name, not a unit ("per gallon", "per cent").</summary>
    private bool IsPerSource(int t) =>
        t + 1 < _tokens.Length && _tokens[t].Text is "per" && _tokens[t + 1].IsWord && _tokens[t + 1].Quote < 0
        && (_tokens[t + 1].Text is "the" or "a" or "an" or "his" or "her" or "its" or "their" || (_tokens[t + 1].IsCapitalized && char.IsLetter(_tokens[t + 1].Text[0])));

    /// <summary>The token after a place ending at <paramref name="last"/> and the state or province set off after it ("in Washington, D.C., said"), else after <paramref name="last"/>.</summary>
    private int PastPlaceLabel(int last)
    {
        if (last + 2 >= _tokens.Length || !_tokens[last].IsCapitalized || !_tokens[last + 1].Is(','))
            return last + 1;
        for (var end = last + 3; end <= last + 4 && end < _tokens.Length; end++)
        {
            if (_tokens[end].Is(','))
                return phrases.IsPlaceLabel(last + 2, end - 1) ? end + 1 : last + 1;
        }

        return last + 1;
    }

    /// <summary>True when a preposition governs the phrase ("of Republican claims", "through the streets chanted"): it is no subject.</summary>
    private bool AfterPreposition(int from, int lo) =>
        from - 1 >= lo && _tokens[from - 1].IsWord && _tokens[from - 1].Text is "of" or "for" or "to" or "in" or "on" or "at" or "with" or "by"
            or "about" or "from" or "into" or "through" or "under" or "over" or "against" or "between" or "among";

    /// <summary>"Lynch said she recalled ...": a pronoun subject of a clause reported by an earlier speech verb yields to that verb's subject.</summary>
    private Attribution Outermost(Attribution found, int lo)
    {
        var before = found.MentionFrom - 1;
        if (before >= lo && _tokens[before].Text.Equals("that", StringComparison.OrdinalIgnoreCase))
            before--;
        if (!phrases.IsPronoun(found.MentionFrom) || before < lo || !phrases.IsCue(before) || _tokens[before].Text.EndsWith("ing", StringComparison.Ordinal))
            return found;
        return _cueSubjects?[before] is { } outer && outer.MentionTo < found.MentionFrom ? outer : found;
    }

    /// <summary>
    /// <c>Ann Roe, who in 2010 said</c>, <c>who last week told</c>: the relative pronoun a few adverbial words before the
    /// cue (ending at <paramref name="last"/>) is its subject, standing for the phrase it follows. Adverbials here are
    /// lower-case words, numbers and month or day names; a verb, a name or a pronoun between means another clause.
    /// </summary>
    private int? RelativeSubject(int last, int lo)
    {
        for (var t = last; _work.Tick() && t >= lo && t > last - MaxAdverbialTokens; t--)
        {
            var tok = _tokens[t];
            if (!tok.IsWord || tok.Quote >= 0 || phrases.IsCue(t))
                return null;
            if (tok.Text is "who" or "which")
                return t > lo && (_tokens[t - 1].Is(',') || _tokens[t - 1].IsWord) ? t : null;
            if (phrases.IsPronoun(t) || tok.Text is "that" || (char.IsUpper(tok.Text[0]) && !Lexicon.CalendarWords.Contains(tok.Text))
                || (char.IsLower(tok.Text[0]) && Lexicon.IsSpeechVerb(tok.Text)))
                return null;
        }

        return null;
    }

    /// <summary>
    /// The subject of the verb a speech verb is coordinated with: in "when he brought up the bombing and later said",
    /// "he furrowed his brow and said", "Trump later referred to it and said", the nearest subject pronoun or name
    /// before <paramref name="and"/> that runs (past auxiliaries and adverbs) into a past-tense verb, not one inside a
    /// relative clause ("the plan that Cruz proposed and said" looks further back).
    /// </summary>
    private (int From, int To)? CoordinatedSubject(int and, int lo)
    {
        for (var t = and - 1; _work.Tick() && t >= lo && t >= and - MaxCoordinatedReach; t--)
        {
            var tok = _tokens[t];
            if (tok.Quote >= 0 || tok.Is(';') || tok.Is(':'))
                return null;
            if (!tok.IsWord)
                continue;
            var verb = SkipAuxForward(t + 1);
            if (verb >= and || !IsFinitePast(verb))
                continue;
            (int From, int To)? subject = tok.Text is "he" or "she" or "they" or "He" or "She" or "They" or "I" or "we" or "We" ? (t, t)
                : phrases.IsNameLike(t) && (!Lexicon.NotNames.Contains(tok.Text) || phrases.FollowsHonorific(t)) && !Lexicon.PlaceNames.Contains(tok.Text) ? phrases.EndingAt(t, lo)
                : null;
            if (subject is not { } found || (found.From > lo && _tokens[found.From - 1].Text is "who" or "which" or "whom"))
                continue;
            // "Lazar said he welcomed it and added": a subject opening a speech verb's complement; the speech verb's is the one
            var before = found.From > lo && _tokens[found.From - 1].Text is "that" ? found.From - 2 : found.From - 1;
            if (before >= lo && phrases.IsCue(before))
                return SubjectOfCue(before, Rules.SpeakerCueInSentence) is { } speaker ? (speaker.MentionFrom, speaker.MentionTo) : null;
            if (found.From == 0 || _tokens[found.From - 1].Text is not "that")
                return found;
        }

        return null;
    }

    /// <summary>A lower-case past-tense verb: regular ("looked") or irregular ("brought", "paid").</summary>
    private bool IsFinitePast(int t) =>
        t < _tokens.Length && _tokens[t].IsWord && _tokens[t].Quote < 0 && char.IsLower(_tokens[t].Text[0])
        && ((_tokens[t].Text.Length >= 4 && _tokens[t].Text.EndsWith("ed", StringComparison.Ordinal)) || Lexicon.IrregularPastTenses.Contains(_tokens[t].Text) || phrases.IsCue(t));

    /// <summary>The main clause subject before <paramref name="limit"/>: the last phrase at the sentence start or after a comma that runs straight into a word.</summary>
    private (int From, int To)? SentenceSubject(int lo, int limit)
    {
        (int From, int To)? best = null;
        (int From, int To)? first = null;
        var opening = lo; // past "And then", "But": the words that join the sentence to the one before
        while (_work.Tick() && opening < limit && opening < lo + 3 && _tokens[opening].IsWord && _tokens[opening].Quote < 0
            && _tokens[opening].Text is "And" or "But" or "So" or "Yet" or "Then" or "then" or "Still" or "also")
            opening++;
        for (var t = lo; _work.Tick() && (t < limit); t++)
        {
            if (t != lo && t != opening && !(_tokens[t - 1].Is(',') && _tokens[t - 1].Quote < 0))
                continue;
            if (phrases.StartingAt(t) is not { } np || np.To >= limit)
                continue;
            if (first is not null && np.To > np.From && char.IsLower(_tokens[np.From].Text[0]) && _tokens[np.From].Text.EndsWith("ed", StringComparison.Ordinal))
                continue; // "Ann Roe, a lawyer, emailed supporters": after the subject and its apposition, the predicate
            first ??= np;
            var apposition = first is { } f && f != np && (f.From == lo || f.From == opening) && np.From == f.To + 2 && phrases.IsNameLike(f.To) && !phrases.IsPronoun(np.From); // "Ann Roe, vice chairwoman for the campaign,"
            if (np.To + 1 < _tokens.Length && _tokens[np.To + 1].IsWord && !apposition)
                best = np;
        }

        return best ?? first;
    }

    private bool IsAdjacent(int cue, int open)
    {
        var t = cue + 1;
        for (var n = 0; _work.Tick() && (t < open && n < 6); n++, t++)
        {
            if (_tokens[t].Is(':') || _tokens[t].Is(','))
                return t + 1 == open;
        }

        return t == open || (t + 1 == open && _tokens[t].Text.Equals("that", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"He didn't suggest retaliation": a negated speech verb introduces nothing that follows.</summary>
    private bool IsNegated(int cue, int lo)
    {
        for (var a = cue - 1; _work.Tick() && (a >= lo && a > cue - 4 && _tokens[a].IsWord); a--)
        {
            var w = _tokens[a].Text;
            if (w is "not" or "never" || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase))
                return true;
            if (!Lexicon.IsAuxiliary(w))
                return false;
        }

        return false;
    }

    /// <summary>
    /// The personal name a lower-case role phrase (<paramref name="role"/>, "the president of the council") is set off
    /// from by a comma, when one ends right before that comma and no preposition governs it; else null.
    /// </summary>
    private (int From, int To)? NameBeforeRole((int From, int To) role, int lo)
    {
        if (!_tokens[role.From].IsWord || !char.IsLower(_tokens[role.From].Text[0]) || role.From - 2 < lo || !_tokens[role.From - 1].Is(',')
            || phrases.EndingAt(role.From - 2, lo) is not { } name || !phrases.IsNameLike(name.From) || !phrases.IsNameLike(name.To)
            || phrases.IsPronoun(name.From) || AfterPreposition(name.From, lo) || Lexicon.PlaceNames.Contains(_tokens[name.To].Text))
            return null;
        return name;
    }

    /// <summary>
    /// <c>with many marchers chanting “…”</c>, <c>ends with a narrator saying: “…”</c>: "with" and a phrase the participle
    /// runs straight on from make a clause of their own, whose subject is that phrase (or two joined by "and"), described
    /// or named; null when the phrase is a pronoun or no "with" governs it.
    /// </summary>
    private (int From, int To)? WithAbsoluteSubject(int last, int lo)
    {
        (int From, int To)? np = phrases.EndingAt(last, lo);
        if (np is null && last - 2 >= lo && _tokens[last].IsWord && char.IsLower(_tokens[last].Text[0]) && _tokens[last - 1].Text is "and")
            np = (last, last); // a bare plural after "and": "teachers and parents"
        if (np is not { } found || phrases.IsPronoun(found.From))
            return null;
        var from = found.From;
        if (from - 2 >= lo && _tokens[from - 1].Text is "and" && phrases.EndingAt(from - 2, lo) is { } first && !phrases.IsPronoun(first.From))
            from = first.From; // "with marchers and spectators chanting"
        return from - 1 >= lo && _tokens[from - 1].IsWord && _tokens[from - 1].Text is "with" ? (from, found.To) : null;
    }

    /// <summary>"a statement – Ryan saying …, and Trump calling …": a dash or "and" before a name and its participle sets off a clause of its own.</summary>
    private bool OpensAbsoluteClause(int from, int lo) =>
        from - 1 >= lo && (_tokens[from - 1].Text is "and" or "\u2013" or "\u2014" or "--");

    /// <summary>
    /// The token before a time between a subject and its verb ending at <paramref name="last"/> ("on Wednesday", "last
    /// week", "in 2010"), or <paramref name="last"/> itself when there is none.
    /// </summary>
    private int TimeBefore(int last, int lo)
    {
        if (last - 1 < lo || !_tokens[last].IsWord || _tokens[last].Quote >= 0)
            return last;
        var w = _tokens[last].Text;
        var before = _tokens[last - 1].Text;
        if (Lexicon.CalendarWords.Contains(w))
            return before is "on" or "last" or "this" or "next" or "early" or "late" or "in" ? last - 2 : last - 1;
        if (w is "week" or "month" or "year" or "night" or "morning" or "afternoon" or "evening" or "weekend" && before is "last" or "this" or "that" or "next")
            return last - 2;
        if (w.Length == 4 && w.All(char.IsAsciiDigit) && before is "in")
            return last - 2;
        return last;
    }

    /// <summary>True when a name signed with a hyphen ends at token <paramref name="t"/>: the paragraph ends, or a comma and its role follow (<c>- Ann Roe, union president</c>).</summary>
    private bool EndsSignature(int t) =>
        t >= _tokens.Length || _tokens[t].Paragraph != _tokens[t - 1].Paragraph || _tokens[t].Is(',') || (_tokens[t].Is('.') && (t + 1 >= _tokens.Length || _tokens[t + 1].Paragraph != _tokens[t].Paragraph));

    /// <summary>A number, in digits or a word up to ten ("mother of <i>three</i>", "father of <i>2</i>").</summary>
    private static bool IsCount(Token token) =>
        token.IsWord && (token.Text.All(char.IsAsciiDigit) || token.Text is "one" || Lexicon.IsCountWord(token.Text));

    /// <summary>True when token <paramref name="t"/> ends an inverted speaker's phrase: the sentence's end or a comma before an apposition.</summary>
    private bool EndsInvertedSubject(int t) =>
        t >= _tokens.Length || _tokens[t].Sentence != _tokens[t - 1].Sentence || _tokens[t].Is(',') || _tokens[t].Is('.');

    /// <summary>True when token <paramref name="t"/> ends a short clause ("as X put it", "as X said in May"): punctuation, "it", or a preposition.</summary>
    private bool EndsClause(int t) =>
        t >= _tokens.Length || !_tokens[t].IsWord || _tokens[t].Quote >= 0
        || _tokens[t].Text is "it" or "in" or "on" or "at" or "during" or "last" or "this" or "earlier" or "recently" or "when" or "after" or "before";

    /// <summary>
    /// The first token of <paramref name="sentence"/> before <paramref name="t"/>, at most <see cref="MaxLookBehindTokens"/>
    /// back and never behind an earlier quote: what an earlier quote's attribution says, the conversation sieve carries over.
    /// </summary>
    private int LookBehindStart(int t, int sentence)
    {
        var lo = t;
        while (_work.Tick() && lo - 1 >= 0 && lo > t - MaxLookBehindTokens && _tokens[lo - 1].Sentence == sentence && _tokens[lo - 1].Kind != TokenKind.CloseMark)
            lo--;
        return lo;
    }

    /// <summary>True when the quote closing at <paramref name="close"/> ends on a full stop, question or exclamation mark.</summary>
    private bool EndsSentence(int close) =>
        close > 0 && _tokens[close - 1].Kind == TokenKind.Punct && _tokens[close - 1].Text[0] is '.' or '!' or '?';

    /// <summary>
    /// <c>"… campaign." Ann Roe said he would have …</c>: after a sentence the quote ended, a speech verb followed by a
    /// clause of its own ("that", or a subject pronoun) reports what the next speaker said; it does not credit the quote.
    /// </summary>
    private bool ReportsAnotherStatement(int cue) =>
        cue + 1 < _tokens.Length && _tokens[cue + 1].IsWord && _tokens[cue + 1].Quote < 0
        && (_tokens[cue + 1].Text is "that" || (phrases.IsPronoun(cue + 1) && _tokens[cue + 1].Text is not ("it" or "them" or "him" or "her" or "us" or "me")));

    /// <summary>
    /// The speech verb after token <paramref name="t"/> when <paramref name="t"/> is a capitalised speech verb or auxiliary
    /// used as a surname (<c>"…," Read said.</c>, <c>"…," Will wrote.</c>, <c>Tell has said</c>): a verb is not the subject
    /// of another, so the capitalised word names the speaker; else null.
    /// </summary>
    private int? SurnameBeforeCue(int t)
    {
        if (t + 1 >= _tokens.Length || !_tokens[t].IsCapitalized || _tokens[t].Text.Length < 3 || _tokens[t + 1].Paragraph != _tokens[t].Paragraph
            || !(phrases.IsCue(t) || Lexicon.IsAuxiliary(_tokens[t].Text)))
            return null;
        var cue = SkipAuxForward(t + 1);
        if (cue >= _tokens.Length || _tokens[cue].IsCapitalized || !phrases.IsCue(cue) || _tokens[cue].Text.EndsWith("ing", StringComparison.Ordinal))
            return null;

        // after a modal the verb is bare ("“…?” Will say it"), after a surname it is inflected ("Will said", "Will writes")
        var inflected = _tokens[cue].Text is [.., 'd' or 's'] or "wrote" or "spoke";
        return inflected || !Lexicon.IsAuxiliary(_tokens[t].Text) ? cue : null;
    }

    private int SkipAuxForward(int t)
    {
        while (_work.Tick() && t < _tokens.Length && _tokens[t].IsWord && Lexicon.IsAuxiliary(_tokens[t].Text))
            t++;
        return t;
    }
}

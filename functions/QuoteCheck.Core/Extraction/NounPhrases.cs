using System.Collections.Frozen;

namespace QuoteCheck.Core.Extraction;

/// <summary>Finds speaker noun phrases (names with titles, pronouns, descriptions) next to a token, without entering quotes.</summary>
internal sealed class NounPhrases(ArticleDocument doc)
{
    private const int MaxPhraseTokens = 9;
    private readonly Token[] _tokens = doc.Tokens;
    private readonly WorkMeter _work = doc.Work;

    // IsCue per token, computed on first ask (0 not yet, 1 a cue, -1 not): every sieve asks it of the same few tokens
    private readonly sbyte[] _cue = new sbyte[doc.Tokens.Length];

    /// <summary>True when the token is a speech verb outside quotes.</summary>
    public bool IsCue(int t)
    {
        if (t < 0 || t >= _tokens.Length)
            return false;
        if (_cue[t] == 0)
            _cue[t] = ComputeIsCue(t) ? (sbyte)1 : (sbyte)-1;
        return _cue[t] > 0;
    }

    /// <remarks>
    /// Besides the speech verbs: "as she put it", "used the phrase", and a retort's verb with "back" ("shot back", "fired
    /// back", "hit back"); but not "continue to" ("Roe will continue to be …"), where the verb only carries the next.
    /// </remarks>
    private bool ComputeIsCue(int t)
    {
        if (!_tokens[t].IsWord || _tokens[t].Quote >= 0)
            return false;
        var word = _tokens[t].Text;
        var next = t + 1 < _tokens.Length && _tokens[t + 1].Quote < 0 ? _tokens[t + 1].Text : "";
        if (Lexicon.IsSpeechVerb(word))
            return !(next is "to" && word.StartsWith("continu", StringComparison.OrdinalIgnoreCase));
        return (word is "put" or "puts" && next == "it")
            || (word is "want" or "wants" or "wanted" && next == "to" && t + 2 < _tokens.Length && _tokens[t + 2].Text == "know") // "he wanted to know, “…?”"
            || (next == "back" && Lexicon.RetortVerbs.Contains(word))
            || (word is "use" or "uses" or "used" or "using" && t + 2 < _tokens.Length && next is "the" or "a"
                && _tokens[t + 2].Text is "phrase" or "term" or "word" or "words" or "label" or "nickname" or "expression");
    }

    /// <summary>
    /// The part of a phrase that can name who spoke, whichever rule found it, or null. None of it: a phrase cut off before
    /// its head ("state of", "some of"), the first half of a comparison ("More than 100 people", "a margin larger than"),
    /// a time ("two weeks ago"), a lone sentence adverb ("Perhaps", "Shortly"), or the modifiers of a speech noun ("a
    /// snappy" in "delivered a snappy retort"). Of "his scathing remarks" or "the mayor's caustic remarks", the possessor.
    /// </summary>
    public (int From, int To)? SpeakerPart(int from, int to)
    {
        if (from < 0 || to < from || to >= _tokens.Length)
            return null;
        var last = _tokens[to].Text;
        if (from == to && (IsPronoun(to) || Lexicon.PossessivePronouns.Contains(last) || last is "who" or "which" or "that"
            || IsStandaloneDeterminer(to)))
            return (from, to);
        if (Lexicon.Prepositions.Contains(last) || Lexicon.PossessivePronouns.Contains(last) || last is "the" or "a" or "an" or "another" or "every" or "each" or "no" or "ago"
            || (from == to && Lexicon.NotNames.Contains(last)))
            return null;
        if (to + 1 >= _tokens.Length || !_tokens[to + 1].IsWord || _tokens[to + 1].Quote >= 0 || _tokens[to + 1].Sentence != _tokens[to].Sentence)
            return (from, to);
        var next = _tokens[to + 1].Text;
        if (next is "than")
            return null;
        if (IsPossessive(last) || !char.IsLower(next[0]) || !Lexicon.SpeechActNouns.Contains(next) || IsVerbAgreeingWith(to, next))
            return (from, to);
        for (var k = to - 1; k >= from; k--)
        {
            if (IsPossessive(_tokens[k].Text) || Lexicon.PossessivePronouns.Contains(_tokens[k].Text))
                return (from, k);
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="next"/>, a speech form that is also a noun ("claims", "charges", "tweets"), is the verb
    /// of the phrase ending at <paramref name="head"/> rather than a noun it modifies: the -s form agrees with a singular
    /// head that can speak, a name ("Trump claims") or a noun for a person, organisation or document ("the ad claims"),
    /// where before a plain modifier it is the plural noun ("Republican claims", "false claims").
    /// </summary>
    private bool IsVerbAgreeingWith(int head, string next)
    {
        if (!next.EndsWith('s') || !Lexicon.IsSpeechVerb(next))
            return false;
        var word = _tokens[head].Text;
        if (word.EndsWith('s'))
            return false;
        if (IsNameLike(head))
            return !Lexicon.PartyWords.Contains(word) && !Lexicon.Descriptors.Contains(word) && !Lexicon.NotNames.Contains(word);
        return Lexicon.IsAgentNoun(word);
    }

    /// <summary>
    /// Where the mention a quote is reported with ends (what the desk shows and the speaker stage reads, after the
    /// classifier has judged the quote): before a verb the chunk ran into after its head ("The GOP candidate <i>sent
    /// out</i>", "the Rev. Al Sharpton <i>began taking</i>", "An August report <i>found</i>"), a past tense with its
    /// particle or the -ing form after it; and at the possessor when only modifiers stand between it and the quote
    /// ("a Michigan school's <i>latest</i> "List of …"") or when they end on a head that cannot speak ("Rubio's <i>catch
    /// phrase</i>"). The first word is always kept, and so is a participle right after a determiner ("the accused"),
    /// which heads its phrase.
    /// </summary>
    public int ReportedEnd(int from, int to)
    {
        if (to + 1 < _tokens.Length && _tokens[to + 1].Kind == TokenKind.OpenMark && PossessorBefore(from, to) is { } owner)
            return owner; // "a Michigan school's latest "List of …"": the title is what the school put out

        var end = to > from + 1 && IsParticleOrGerund(to) && IsPastTense(to - 1) ? to - 2
            : to > from && IsPastTense(to) ? to - 1
            : to;
        end = end != to && (IsDeterminer(end) || Lexicon.PossessivePronouns.Contains(_tokens[end].Text)) ? to : end; // "the accused", "his wounded": the word is the head
        end = VerbInside(from, end) is { } verb ? verb - 1 : end;
        return PossessorBefore(from, end) is { } possessor && !CanSpeak(end) && IsNameLike(possessor) && !Lexicon.Stops.Contains(ContractionStem(_tokens[possessor].Text).ToString())
            ? possessor // "Rubio's catch phrase", "Hillary Clinton's campaign slogan": what the named possessor said
            : end;
    }

    /// <summary>
    /// Where the name joined by "and" right before the name starting at <paramref name="from"/> starts ("<i>Ann Roe</i>
    /// and Bo Tate said", "<i>Ann Roe</i> and Bo Tate, the owners, said", "<i>The Ledger</i> and the Tribune said"), or null: both names, neither a pronoun, the
    /// first in the same sentence and no object of a preposition ("met with Ann Roe and Bo Tate").
    /// </summary>
    public int? JoinedNameBefore(int from)
    {
        var and = from - 1;
        var name = from < _tokens.Length - 1 && _tokens[from].Text is "the" ? from + 1 : from; // "… and the Dayton Tribune"
        if (and < 1 || _tokens[and].Text is not "and" || !IsNameLike(name) || IsPronoun(name) || !IsNameLike(and - 1) || IsPronoun(and - 1)
            || _tokens[and - 1].Sentence != _tokens[from].Sentence)
            return null;
        var lo = Math.Max(0, and - MaxPhraseTokens);
        if (EndingAt(and - 1, lo) is not { } first || _tokens[first.From].Sentence != _tokens[from].Sentence)
            return null;
        return first.From > 0 && _tokens[first.From - 1].IsWord && Lexicon.Prepositions.Contains(_tokens[first.From - 1].Text) ? null : first.From;
    }

    /// <summary>
    /// True for a state, province or district set off by commas after a place (tokens <paramref name="from"/> to
    /// <paramref name="to"/> in "Halifax, N.S.,", "Washington, D.C.,", "Dayton, Ohio,", "Albany, New York,").
    /// </summary>
    public bool IsPlaceLabel(int from, int to)
    {
        if (from < 0 || to < from || to > from + 1 || to >= _tokens.Length || !_tokens[from].IsCapitalized || !_tokens[to].IsCapitalized)
            return false;
        if (to == from + 1)
            return Lexicon.StateNames.Contains($"{_tokens[from].Text} {_tokens[to].Text}");
        var w = _tokens[from].Text;
        return Lexicon.PlaceNames.Contains(w) || Lexicon.StateNames.Contains(w) || w is "D.C." or "DC"
            || ((w.EndsWith('.') || w.All(char.IsUpper)) && Lexicon.StateAbbreviations.ContainsKey(w.TrimEnd('.')));
    }

    /// <summary>
    /// Where a mention cut short after a capitalised modifier or a possessor's modifier ends (what the desk shows and the speaker stage reads):
    /// through up to three lower-case words to the name they lead to ("Republican <i>party boss Reince Priebus</i>",
    /// "Democratic <i>presidential candidate Bernie Sanders</i> is choosing …, calling"), or through the noun it
    /// modifies when that noun stands right before the cue ("Multiple <i>news reports</i> said", "Legal <i>observers</i>
    /// note"); else <paramref name="to"/>. Never over a verb ("Trump hates Obama") or a function word.
    /// </summary>
    public int CompletedEnd(int from, int to, int cueFrom)
    {
        if (to < from || IsPronoun(to) || IsPossessive(_tokens[to].Text) || Lexicon.Stops.Contains(_tokens[to].Text))
            return to;
        if (!IsNameLike(to) && !(IsDescriptionWord(to, _tokens[to].Sentence) && PossessorBefore(from, to) is not null))
            return to; // a capitalised modifier, or the modifiers after a possessor ("Clinton's top foreign policy aide Jake Sullivan")
        var sentence = _tokens[to].Sentence;
        var k = to + 1;
        var verbLike = false; // an -s, -ing or -ed form that no list knows as a noun or modifier may be the verb ("Trump hates Obama", "Ann Roe sued Acme")
        while (_work.Tick() && k < _tokens.Length && k <= to + 3 && k != cueFrom
            && (IsDescriptionWord(k, sentence) || (k + 1 == cueFrom && Lexicon.DocumentNouns.Contains(_tokens[k].Text) && char.IsLower(_tokens[k].Text[0]))))
        {
            var w = _tokens[k].Text;
            verbLike |= !Lexicon.RoleWords.Contains(w) && !Lexicon.IsAgentNoun(w) && (w.EndsWith("ing", StringComparison.Ordinal) || IsThirdPersonForm(w)
                || (w.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.GenericModifiers.Contains(w)));
            k++;
        }

        if (k == to + 1)
            return to;
        if (k == cueFrom)
            return IsSubjectNoun(k - 1, cueFrom) ? k - 1 : to; // "Multiple news reports said": the noun speaks
        if (verbLike)
            return to;
        if (!IsNameLike(to) && k < _tokens.Length && !IsNameLike(k))
            return CanSpeak(k - 1) ? k - 1 : to; // "Hillary Clinton's right-hand woman": the possessor's modifiers end on a noun that can speak
        var end = k - 1;
        while (_work.Tick() && end + 1 < _tokens.Length && end + 1 < k + 4 && end + 1 != cueFrom && _tokens[end + 1].Sentence == sentence
            && IsNameLike(end + 1) && !Lexicon.Stops.Contains(_tokens[end + 1].Text) && !Lexicon.CalendarWords.Contains(_tokens[end + 1].Text)
            && !Lexicon.NotNames.Contains(_tokens[end + 1].Text))
        {
            end++;
            if (IsPossessive(_tokens[end].Text))
                return to; // "… manager Jeff Weaver's": a possessor, not the speaker
        }

        return end >= k ? end : to;
    }

    /// <summary>
    /// True when the lower-case word <paramref name="t"/> right before the cue heads its subject: a noun for someone who
    /// speaks, or a plural before a verb that agrees with it ("observers note", "reports said"), no adverb ("sometimes said").
    /// </summary>
    private bool IsSubjectNoun(int t, int cue)
    {
        var w = _tokens[t].Text;
        if (Lexicon.IsAgentNoun(w))
            return true;
        return IsThirdPersonForm(w) && !IsThirdPersonForm(_tokens[cue].Text) && w.Length > 3
            && w is not ("always" or "sometimes" or "perhaps" or "afterwards" or "nonetheless" or "nevertheless" or "regardless" or "overseas");
    }

    /// <summary>A lower-case word that can stand inside a description ("party", "boss", "presidential", "news"): no function word or verb form a list knows.</summary>
    private bool IsDescriptionWord(int t, int sentence)
    {
        var tok = _tokens[t];
        if (!tok.IsWord || tok.Quote >= 0 || tok.Sentence != sentence || !char.IsLower(tok.Text[0]))
            return false;
        var w = tok.Text;
        return !Lexicon.Stops.Contains(w) && !Lexicon.IsAuxiliary(w) && !Lexicon.IsSpeechVerb(w) && !Lexicon.IsStanceVerb(w) && !IsPastTense(t)
            && !Lexicon.PossessivePronouns.Contains(w) && !Lexicon.Prepositions.Contains(w);
    }

    /// <summary>
    /// A verb the chunk ran into before its last words ("The New Republic's Jeet Heer <i>sees</i>", "The cable
    /// <i>indicated</i> 13 security", "the document <i>states</i>", "This Trump doppelganger <i>spoke</i> instead"): a
    /// lower-case past tense, speech or stance verb right after a name or after a noun for a document or a speaker; or
    /// null. Not after a determiner, a possessive or a modifier ("the elected officials", "the party's presumed nominee",
    /// "newly elected mayor").
    /// </summary>
    private int? VerbInside(int from, int to)
    {
        for (var k = from + 1; _work.Tick() && k <= to; k++)
        {
            var tok = _tokens[k];
            if (IsHeadlineVerbAfterName(k))
                return k; // "Selenis Leyva Got Real About …": a headline's verb in title case
            if (!tok.IsWord || !char.IsLower(tok.Text[0]))
                continue;
            var before = _tokens[k - 1];
            var modifier = IsDeterminer(k - 1) || Lexicon.PossessivePronouns.Contains(before.Text) || IsPossessive(before.Text); // "the Party's presumed nominee"
            var named = before.IsWord && !modifier
                && (before.IsCapitalized || Lexicon.DocumentNouns.Contains(before.Text) || Lexicon.WorkNouns.Contains(before.Text) || Lexicon.IsAgentNoun(before.Text));
            var opened = before.IsWord && !modifier && k - 1 == from + 1 && IsDeterminer(from); // "The cable indicated", "The piece goes on"
            if (!named && !opened)
                continue;
            var w = tok.Text;
            if (!named)
            {
                if (IsPastTense(k) || Lexicon.IsSpeechVerb(w) || Lexicon.IsStanceVerb(w))
                    return k; // after any noun a determiner opened, only a verb no noun shares ("the exit polls" stays)
                continue;
            }

            if (IsPastTense(k) || Lexicon.IsSpeechVerb(w) || Lexicon.IsStanceVerb(w) || w is "spoke" or "put"
                || (Lexicon.DocumentNouns.Contains(before.Text) && w.Length > 3 && IsThirdPersonForm(w))
                || (w.Length > 3 && IsThirdPersonForm(w) && !IsPossessive(w) && !Lexicon.IsAgentNoun(w)
                    && !w.EndsWith("ics", StringComparison.Ordinal) && !w.EndsWith("ies", StringComparison.Ordinal) && TakesAnObject(k)))
                return k;
        }

        return null;
    }

    /// <summary>
    /// True for a capitalised verb of a title-case headline right after a name and before another capitalised word
    /// ("Gina Roe <i>Slams</i> Critics", "Bo Lin <i>Got</i> Real About …"): a speech verb or one of the verbs headlines use.
    /// </summary>
    public bool IsHeadlineVerbAfterName(int t)
    {
        if (t < 1 || t + 1 >= _tokens.Length)
            return false;
        var w = _tokens[t].Text;
        if (!_tokens[t].IsWord || w.Length < 3 || !char.IsUpper(w[0]) || !char.IsLower(w[1]) || !_tokens[t + 1].IsCapitalized
            || _tokens[t + 1].Sentence != _tokens[t].Sentence || !IsNameLike(t - 1) || IsPossessive(_tokens[t - 1].Text))
            return false;
        return Lexicon.IsHeadlineVerb(w);
    }

    /// <summary>
    /// True when the -s form at <paramref name="t"/> is followed in its sentence by what a verb takes and a plural noun
    /// does not: a preposition, determiner, "that", a name, a quote or another noun ("the Daily News focuses <i>on</i>",
    /// "The campaign projects <i>that</i>", "The Constitution mandates <i>lifetime</i> tenure"); a plural subject is
    /// followed by its own verb ("the infrastructure projects <i>commented</i>").
    /// </summary>
    private bool TakesAnObject(int t)
    {
        var next = t + 1;
        if (next >= _tokens.Length || _tokens[next].Sentence != _tokens[t].Sentence)
            return false;
        var tok = _tokens[next];
        if (tok.Kind == TokenKind.OpenMark)
            return true;
        if (!tok.IsWord || tok.Quote >= 0)
            return false;
        var w = tok.Text;
        return !(Lexicon.IsAuxiliary(w) || Lexicon.IsSpeechVerb(w) || Lexicon.IsStanceVerb(w) || IsPastTense(next) || IsThirdPersonForm(w) && char.IsLower(w[0]));
    }

    /// <summary>
    /// Where a mention starts once a verb the speaker inverted after the quote is taken off it: <c>"…," quipped Green</c>,
    /// <c>"…" reacted Trump</c>, <c>"…," echoes McMillen</c> → the name, the verb being the cue. The word must follow
    /// the closing mark (or its comma) at once, be a lower-case past tense or a third-person form ending in "s", and be
    /// followed by a capitalised word; else <paramref name="from"/>. A role before a name ("spokesman Jeff Bechdel")
    /// has neither ending, so it stays.
    /// </summary>
    public int ReportedStart(int from, int to)
    {
        if (from >= to || from == 0 || !_tokens[from + 1].IsCapitalized)
            return from;
        var before = _tokens[from - 1].Is(',') && from >= 2 ? from - 2 : from - 1;
        if (_tokens[before].Kind != TokenKind.CloseMark)
            return from;
        var w = _tokens[from].Text;
        var verbLike = IsPastTense(from) || (_tokens[from].IsWord && w.Length >= 5 && char.IsLower(w[0]) && IsThirdPersonForm(w));
        return verbLike ? from + 1 : from;
    }

    /// <summary>
    /// Where a document's mention ends when its issuer stands between it and the cue: "A statement <i>from the EU</i>
    /// said", "a 2017 study <i>by the Senate committee</i> found" (the issuer speaks, so the desk shows who); else
    /// <paramref name="to"/>.
    /// </summary>
    public int IssuerEnd(int to, int cueFrom)
    {
        if (to + 2 >= cueFrom || !Lexicon.DocumentNouns.Contains(_tokens[to].Text) || _tokens[to + 1].Text is not ("from" or "by"))
            return to;
        if (StartingAt(to + 2) is not { } issuer)
            return to;
        var next = issuer.To + 1;
        while (_work.Tick() && next < cueFrom && _tokens[next].IsWord && Lexicon.IsAuxiliary(_tokens[next].Text))
            next++;
        return next == cueFrom ? issuer.To : to;
    }

    /// <summary>True for a head that can speak for itself: a name, a role, a person, kin, a group, an organisation, a document or a work ("the mayor's aide", "Scott's niece", "Trump's book").</summary>
    public bool CanSpeak(int t)
    {
        var w = _tokens[t].Text;
        return !_tokens[t].IsWord || !char.IsLower(w[0]) || Lexicon.IsAgentNoun(w) || Lexicon.WorkNouns.Contains(w) || Lexicon.KinshipNouns.Contains(w)
            || w.EndsWith("ers", StringComparison.Ordinal) || w.EndsWith("ors", StringComparison.Ordinal) || w.EndsWith("ists", StringComparison.Ordinal)
            || w.EndsWith("ians", StringComparison.Ordinal) || (w.Length >= 8 && w.EndsWith("er", StringComparison.Ordinal)) || w is "community" or "team" or "family" or "side";
    }

    /// <summary>The last possessive of the phrase when only lower-case modifiers follow it ("school's <i>latest</i>"), or null.</summary>
    private int? PossessorBefore(int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (IsPossessive(_tokens[k].Text))
                return k;
            if (!_tokens[k + 1].IsWord || !char.IsLower(_tokens[k + 1].Text[0]))
                return null;
        }

        return null;
    }

    private bool IsPastTense(int t) => _tokens[t].IsWord && Lexicon.IsPastTenseForm(_tokens[t].Text);

    private bool IsParticleOrGerund(int t)
    {
        var w = _tokens[t].Text;
        return _tokens[t].IsWord && (w is "out" or "up" or "off" or "down" or "back" or "away" or "over" || (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal)));
    }

    /// <summary>True when "according to" starts at <paramref name="t"/>.</summary>
    public bool IsAccordingTo(int t) =>
        t + 1 < _tokens.Length && _tokens[t].Quote < 0 && _tokens[t].Text.Equals("according", StringComparison.OrdinalIgnoreCase)
        && _tokens[t + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the description whose lower-case head is token <paramref name="head"/> starts: its determiner, past up to
    /// three modifiers in either case ("the former Democratic presidential nominee"); or null when no determiner opens
    /// it within reach, or a word between is no modifier (a stop word, a verb, a mark).
    /// </summary>
    public int? DescriptionEndingAt(int head)
    {
        if (!IsLowerWord(head))
            return null;
        for (var d = head - 1; _work.Tick() && d >= 0 && d >= head - 4; d--)
        {
            var w = _tokens[d];
            if (!w.IsWord || w.Quote >= 0 || w.Sentence != _tokens[head].Sentence)
                return null;
            if (IsDeterminer(d))
                return d;
            if (Lexicon.IsStop(w.Text) || Lexicon.IsSpeechVerb(w.Text) || Lexicon.IsAuxiliary(w.Text) || IsPossessive(w.Text) || IsPastTense(d))
                return null;
        }

        return null;
    }

    /// <summary>True when token <paramref name="t"/> is a word outside quotes that starts in lower case.</summary>
    public bool IsLowerWord(int t) => t >= 0 && t < _tokens.Length && _tokens[t].IsWord && _tokens[t].Quote < 0 && char.IsLower(_tokens[t].Text[0]);

    /// <summary>True when token <paramref name="t"/> is a speech or stance verb ("said", "saying", "sees").</summary>
    public bool IsSpeechOrStanceWord(int t) =>
        t >= 0 && t < _tokens.Length && _tokens[t].IsWord && (Lexicon.IsSpeechVerb(_tokens[t].Text) || Lexicon.IsStanceVerb(_tokens[t].Text));

    /// <summary>True when the token is a pronoun that can be a speaker.</summary>
    public bool IsPronoun(int t) => _tokens[t].IsWord && PronounLookup.ContainsKey(ContractionStem(_tokens[t].Text));

    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Lexicon.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word without a trailing contraction or possessive ("He's" → "He").</summary>
    public static string WithoutContraction(string word)
    {
        var stem = ContractionStem(word);
        return stem.Length == word.Length ? word : stem.ToString();
    }

    /// <summary>The word without a trailing contraction or possessive, as <see cref="WithoutContraction"/> cuts it, without a copy.</summary>
    public static ReadOnlySpan<char> ContractionStem(string word)
    {
        var apostrophe = word.AsSpan().IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && word.Length - apostrophe <= 3 ? word.AsSpan(0, apostrophe) : word;
    }

    /// <summary>The phrase ending at token <paramref name="t"/>, not reaching before <paramref name="limit"/>.</summary>
    /// <remarks>A role or name followed by "of"/"for" and a phrase is one phrase: "the mother of three", "a spokesman for the ministry".</remarks>
    public (int From, int To)? EndingAt(int t, int limit)
    {
        if (t < 0 || t < limit)
            return null;
        var core = BareAfterQuantity(t, limit) ?? CoreEndingAt(t, limit); // "percent of registered voters" before "voters" alone
        if (core is null && t - 1 >= limit && IsDeterminer(t) && _tokens[t - 1].Text is "of")
            core = (t, t); // "mother of three"
        if (core is not { } inner || inner.From - 2 < limit || _tokens[inner.From - 1].Text is not ("of" or "for") || IsPronoun(inner.From))
            return core;
        var head = inner.From - 2;
        if (!_tokens[head].IsWord || !(Lexicon.IsRoleWord(_tokens[head].Text) || IsNameLike(head) || _tokens[head].Text is "percent" or "%"))
            return core;
        return CoreEndingAt(head, limit) is { } outer ? (outer.From, inner.To) : core;
    }

    /// <summary>A bare plural after "N percent of" ("of <i>registered voters</i>"): up to three lower-case words.</summary>
    private (int From, int To)? BareAfterQuantity(int t, int limit)
    {
        if (!_tokens[t].IsWord || !char.IsLower(_tokens[t].Text[0]) || !_tokens[t].Text.EndsWith('s') || Lexicon.IsStop(_tokens[t].Text))
            return null;
        for (var of = t - 1; _work.Tick() && (of >= limit && of >= t - 3); of--)
        {
            var w = _tokens[of];
            if (w.Text is "of")
                return of - 1 >= limit && _tokens[of - 1].Text is "percent" or "%" ? (of + 1, t) : null;
            if (!w.IsWord || !char.IsLower(w.Text[0]) || Lexicon.IsStop(w.Text) || Lexicon.IsSpeechVerb(w.Text))
                return null;
        }

        return null;
    }

    private (int From, int To)? CoreEndingAt(int t, int limit)
    {
        if (t < limit || t < 0)
            return null;
        if (_tokens[t].Is(')'))
        {
            var open = t - 1;
            while (_work.Tick() && open >= limit && open > t - 10 && !_tokens[open].Is('('))
                open--;
            if (open < limit || !_tokens[open].Is('('))
                return null;
            var inner = CoreEndingAt(open - 1, limit);
            return inner is { } found ? (found.From, t) : null;
        }

        var tok = _tokens[t];
        if (IsPronoun(t) && tok.Quote < 0)
            return (t, t);
        // "Ms. May", "Mr. Will": after an honorific a capitalised word is a name, not the auxiliary or the month
        var afterHonorific = t - 1 >= limit && FollowsHonorific(t);
        if (!tok.IsWord || tok.Quote >= 0 || (Lexicon.IsStop(tok.Text) && !afterHonorific) || Lexicon.IsSpeechVerb(tok.Text) || IsPossessive(tok.Text))
            return null;
        if (IsNameLike(t) || Lexicon.IsRoleWord(tok.Text))
        {
            var from = t;
            while (_work.Tick() && from - 1 >= limit && from > t - MaxPhraseTokens && IsPhraseWord(from - 1) && !Lexicon.NotNames.Contains(_tokens[from - 1].Text))
                from--;
            if (from - 1 >= limit && IsDeterminer(from - 1))
            {
                from--;
            }
            else
            {
                // "the 34-year-old mother", "a longtime Democratic strategist", "the lanky, bespectacled professor": up
                // to two modifiers after a determiner, a comma between two of them
                var reach = from - 3;
                for (var d = from - 1; _work.Tick() && (d >= limit && d >= reach); d--)
                {
                    if (IsDeterminer(d))
                    {
                        from = d;
                        break;
                    }

                    var w = _tokens[d];
                    if (reach == from - 3 && d < from - 1 && d - 1 >= limit && IsCommaBetweenModifiers(_tokens, d))
                    {
                        reach--;
                        continue;
                    }

                    if (!w.IsWord || w.Quote >= 0 || !IsLowerOrNumber(w.Text) || Lexicon.IsStop(w.Text) || Lexicon.IsSpeechVerb(w.Text) || Lexicon.IsAuxiliary(w.Text))
                        break;
                }
            }
            while (_work.Tick() && from < t && Lexicon.NotNames.Contains(_tokens[from].Text) && !IsDeterminer(from))
                from++;
            return (from, t);
        }

        if (IsStandaloneDeterminer(t))
            return t - 1 >= limit && _tokens[t - 1].Text is "the" or "The" ? (t - 1, t) : (t, t); // "Another tweeted", "the other said"
        if (IsDeterminer(t) || tok.Text is "of")
            return null;
        if (tok.Text is "percent" or "%" && t - 1 >= limit && char.IsDigit(_tokens[t - 1].Text[0]))
        {
            // "63 percent said", "Only 52 percent of registered voters agreed"
            var from = t - 1;
            if (from - 1 >= limit && _tokens[from - 1].Text is "Only" or "only" or "About" or "about" or "Nearly" or "nearly" or "Just" or "just" or "Some" or "some" or "Almost" or "almost")
                from--;
            return (from, t);
        }

        for (var d = t - 1; _work.Tick() && (d >= limit && d >= t - 4); d--)
        {
            if (IsDeterminer(d))
                return (d, t);
            var w = _tokens[d];
            if (!w.IsWord || w.Quote >= 0 || w.Text is "of" || Lexicon.IsStop(w.Text) || Lexicon.IsSpeechVerb(w.Text) || Lexicon.IsAuxiliary(w.Text))
                return null;
        }

        return null;
    }

    /// <summary>The phrase starting at token <paramref name="t"/>, within the same paragraph.</summary>
    public (int From, int To)? StartingAt(int t)
    {
        if (t < 0 || t >= _tokens.Length)
            return null;
        var tok = _tokens[t];
        if (!tok.IsWord || tok.Quote >= 0 || Lexicon.IsSpeechVerb(tok.Text))
            return null;
        if (IsPronoun(t))
            return (t, t);
        var paragraph = tok.Paragraph;
        var to = t;
        var started = false;
        var lowerAllowed = 0;
        if (IsStandaloneDeterminer(t))
            return (t, t); // "tweeted another."
        if (tok.Text is "the" or "The" && CountStandsAlone(t + 1))
            return (t, t + 1); // "the two wrote": a count standing for the people counted

        if (IsDeterminer(t) || IsApproximateCount(t))
        {
            lowerAllowed = 4;
            to = t + 1;
        }
        else if (Lexicon.IsStop(tok.Text) || Lexicon.NotNames.Contains(tok.Text) || Lexicon.IsAuxiliary(tok.Text))
        {
            return null;
        }
        else if (IsLowerOrNumber(tok.Text))
        {
            lowerAllowed = 3;
        }

        var last = -1;
        while (_work.Tick() && to < _tokens.Length && to < t + MaxPhraseTokens && _tokens[to].Paragraph == paragraph)
        {
            var w = _tokens[to];
            if (to == t + 2 && IsDeterminer(t) && IsCommaBetweenModifiers(_tokens, to))
            {
                to++; // "the lanky, bespectacled professor": a comma between two modifiers
                continue;
            }

            var afterHonorific = to > t && FollowsHonorific(to);
            if (!w.IsWord || w.Quote >= 0 || IsCue(to) || ((Lexicon.IsStop(w.Text) || Lexicon.IsAuxiliary(w.Text)) && !afterHonorific))
                break; // "Ms. May": after an honorific a capitalised word is a name, not the auxiliary "may"
            if (to > t && IsLowerOrNumber(w.Text) && w.Text.EndsWith("ed", StringComparison.Ordinal) && EndsPhraseAfterParticiple(to + 1))
                break; // "the memo obtained by …", "officials discussed pertinent policy": a verb, not a modifier
            if (IsPhraseWord(to))
            {
                last = to;
                started = true;
                if (IsPossessive(w.Text))
                    lowerAllowed = Math.Max(lowerAllowed, 1); // "Scott's niece"
            }
            else if (lowerAllowed > 0 && IsLowerOrNumber(w.Text) && !(to > t && IsDeterminer(to) && !(to == t + 1 && Lexicon.IsCountWord(w.Text))))
            {
                lowerAllowed--;
                last = to;
                started = true;
            }
            else
            {
                break;
            }

            to++;
        }

        if (!started || last < 0 || IsPossessive(_tokens[last].Text))
            return null;
        if (IsLowerOrNumber(tok.Text) && !IsDeterminer(t) && !HasNameOrRole(t, last))
            return null;
        if (last + 1 < _tokens.Length && _tokens[last + 1].Is('(') && last + 1 < _tokens.Length)
        {
            for (var c = last + 2; _work.Tick() && (c < _tokens.Length && c < last + 10 && _tokens[c].Paragraph == paragraph); c++)
            {
                if (_tokens[c].Is(')'))
                    return (t, c);
            }
        }

        return (t, last);
    }

    private bool HasNameOrRole(int from, int to)
    {
        for (var i = from; _work.Tick() && (i <= to); i++)
        {
            if (char.IsUpper(_tokens[i].Text[0]) || Lexicon.IsRoleWord(_tokens[i].Text) || Lexicon.IsGroupNoun(_tokens[i].Text))
                return true; // "officials said", and "parents said", "fans chanted": people who speak without a determiner
        }

        return false;
    }

    /// <summary>True when the token after an "-ed" word shows it is a verb: a preposition, determiner, punctuation or another lower-case word.</summary>
    private bool EndsPhraseAfterParticiple(int next) =>
        next >= _tokens.Length || !_tokens[next].IsWord || Lexicon.IsStop(_tokens[next].Text) || IsDeterminer(next)
        || (char.IsLower(_tokens[next].Text[0]) && !Lexicon.IsRoleWord(_tokens[next].Text) && next + 1 < _tokens.Length && _tokens[next + 1].IsWord && char.IsLower(_tokens[next + 1].Text[0]));

    /// <summary>True for capitalised words that can be part of a name.</summary>
    public bool IsNameLike(int t)
    {
        var tok = _tokens[t];
        return tok.IsWord && tok.Quote < 0 && (char.IsUpper(tok.Text[0]) || Lexicon.NameParticles.Contains(tok.Text));
    }

    /// <summary>
    /// True when token <paramref name="comma"/> is a comma between two modifiers of one description ("the lanky<i>,</i>
    /// bespectacled professor"): lower-case words on both sides, the one before no role ("the lawyer, a friend" is an
    /// apposition) and neither a function word.
    /// </summary>
    internal static bool IsCommaBetweenModifiers(Token[] tokens, int comma)
    {
        if (comma < 1 || comma + 1 >= tokens.Length || !tokens[comma].Is(','))
            return false;
        ref readonly var before = ref tokens[comma - 1];
        ref readonly var after = ref tokens[comma + 1];
        return before.IsWord && before.Quote < 0 && char.IsLower(before.Text[0]) && !Lexicon.IsRoleWord(before.Text)
            && !Lexicon.IsStop(before.Text) && !Lexicon.IsSpeechVerb(before.Text) && !Lexicon.IsAuxiliary(before.Text)
            && after.IsWord && after.Quote < 0 && IsLowerOrNumber(after.Text) && !Lexicon.IsStop(after.Text)
            && comma + 2 < tokens.Length && IsModifiedNoun(tokens[comma + 2]);
    }

    /// <summary>
    /// True for the word a second modifier after the comma leads to ("the lanky, bespectacled <i>professor</i>"): a
    /// lower-case word that is no function word or verb, so "the incident, parents, alumni" is a list, not one phrase.
    /// </summary>
    private static bool IsModifiedNoun(in Token token) =>
        token.IsWord && token.Quote < 0 && char.IsLower(token.Text[0]) && !Lexicon.IsStop(token.Text) && !Lexicon.IsSpeechVerb(token.Text)
        && !Lexicon.IsAuxiliary(token.Text);

    /// <summary>True for a capitalised word right after an honorific ("Ms. <i>May</i>"): a name, whatever else the word can be.</summary>
    public bool FollowsHonorific(int t) => t > 0 && IsNameLike(t) && Lexicon.Honorifics.Contains(_tokens[t - 1].Text);

    /// <summary>A determiner standing for a noun of its own, so a phrase by itself (<see cref="StandsAlone"/>).</summary>
    private bool IsStandaloneDeterminer(int t) => IsDeterminer(t) && Lexicon.StandaloneDeterminers.Contains(_tokens[t].Text) && StandsAlone(t);

    /// <summary>
    /// True when a determiner stands for a noun of its own: no word follows it in its clause but a verb (past
    /// auxiliaries), so "another" in "Another said" or "tweeted another." and not in "another voter said"; after a
    /// singular one the verb must agree ("one reason" is a noun, "one reasoned" a verb).
    /// </summary>
    private bool StandsAlone(int t)
    {
        var next = t + 1;
        while (_work.Tick() && next < _tokens.Length && next < t + 4 && _tokens[next].IsWord && Lexicon.IsAuxiliary(_tokens[next].Text))
            next++;
        if (next >= _tokens.Length || _tokens[next].Paragraph != _tokens[t].Paragraph || !_tokens[next].IsWord || _tokens[next].Quote >= 0)
            return true;
        if (!IsCue(next) || (t > 0 && _tokens[t - 1].Sentence == _tokens[t].Sentence && _tokens[t - 1].IsWord && !Lexicon.IsStop(_tokens[t - 1].Text)))
            return false; // "Roe and Lin both denounced", "a few questions": it floats after a subject or modifies
        var verb = _tokens[next].Text;
        if (next > t + 1)
            return true;
        var inflected = IsThirdPersonForm(verb);
        return _tokens[t].Text is "another" or "Another" or "one" or "One" or "each" or "Each" or "other"
            ? inflected || verb.EndsWith('d') || Lexicon.IrregularPastTenses.Contains(verb) // "one reasoned", not "one reason"
            : !inflected; // "many reason", not "many reasons"
    }

    /// <summary>
    /// True when a count word after "the" stands for the people counted (<c>the two wrote</c>, <c>“…,” the three said</c>):
    /// a speech verb follows it, after any auxiliaries, not a noun it counts ("the two parties").
    /// </summary>
    private bool CountStandsAlone(int t)
    {
        if (t >= _tokens.Length || !_tokens[t].IsWord || _tokens[t].Quote >= 0 || !Lexicon.IsCountWord(_tokens[t].Text))
            return false;
        var next = t + 1;
        while (_work.Tick() && next < _tokens.Length && next < t + 4 && _tokens[next].IsWord && Lexicon.IsAuxiliary(_tokens[next].Text))
            next++;
        return next < _tokens.Length && _tokens[next].Paragraph == _tokens[t].Paragraph && IsCue(next);
    }

    /// <summary>True for a word that may be a verb's third-person form ("says", "reasons"; not "boss").</summary>
    private static bool IsThirdPersonForm(string word) => word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>True for determiners.</summary>
    /// <summary>
    /// A word that makes a number approximate at the start of a phrase ("<i>Nearly</i> 300 workers", "<i>About</i> 200
    /// protesters"): it opens the phrase as a determiner does. "about", "around" and "over" only opening a sentence, where
    /// they cannot be a preposition after a verb ("talked about 200 jobs").
    /// </summary>
    private bool IsApproximateCount(int t)
    {
        if (t + 1 >= _tokens.Length || !_tokens[t].IsWord || _tokens[t + 1].Quote >= 0 || !char.IsAsciiDigit(_tokens[t + 1].Text[0]))
            return false;
        var w = _tokens[t].Text;
        return w is "nearly" or "Nearly" or "almost" or "Almost" or "roughly" or "Roughly" or "approximately" or "Approximately"
            || (w is "About" or "Around" or "Over" && (t == 0 || _tokens[t - 1].Sentence != _tokens[t].Sentence));
    }

    public bool IsDeterminer(int t) => _tokens[t].IsWord && _tokens[t].Quote < 0 && (Lexicon.Determiners.Contains(_tokens[t].Text) || IsDemonstrativeBeforeSpeaker(t));

    /// <summary>
    /// "this" opening a phrase for someone ("this Trump look-alike", "this source"): before a name or a noun for a person,
    /// not before a time ("this week"), a verb ("this is") or anything else the word stands alone for.
    /// </summary>
    private bool IsDemonstrativeBeforeSpeaker(int t)
    {
        if (_tokens[t].Text is not ("this" or "This") || t + 1 >= _tokens.Length)
            return false;
        var next = _tokens[t + 1];
        if (!next.IsWord || next.Quote >= 0 || next.Sentence != _tokens[t].Sentence)
            return false;
        return (IsNameLike(t + 1) && !Lexicon.CalendarWords.Contains(next.Text) && !Lexicon.IsStop(next.Text) && !IsPossessive(next.Text))
            || Lexicon.IsAgentNoun(next.Text);
    }

    private bool IsPhraseWord(int t)
    {
        var tok = _tokens[t];
        if (!tok.IsWord || tok.Quote >= 0 || Lexicon.IsSpeechVerb(tok.Text))
            return false;
        if (char.IsUpper(tok.Text[0]))
            return !Lexicon.IsStop(tok.Text) || Lexicon.Honorifics.Contains(tok.Text) || FollowsHonorific(t);
        return Lexicon.IsRoleWord(tok.Text) || Lexicon.NameParticles.Contains(tok.Text) || IsPossessive(tok.Text);
    }

    /// <summary>True for lower-case words and numbers ("a <i>52-count</i> complaint", "<i>9/11</i> widow").</summary>
    private static bool IsLowerOrNumber(string word) => char.IsLower(word[0]) || char.IsDigit(word[0]);

    /// <summary>True when token <paramref name="t"/> is a possessive word.</summary>
    public bool IsPossessiveAt(int t) => IsPossessive(_tokens[t].Text);

    /// <summary>True for a possessive word ("Trump's").</summary>
    public static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);
}

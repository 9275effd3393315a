namespace QuoteCheck.Core.Extraction;

/// <summary>
/// The named features the quote classifier reads for one quoted span and the mention a sieve gave it: how the span
/// looks (length, capitals, first person), what stands around it (the word before, a speech verb in the sentence),
/// and what attributed it (which sieve, what kind of mention, how far away). Computed from the shared document in
/// bounded look-around, so the whole stays linear.
/// </summary>
internal static class QuoteFeatures
{
    private const int Reach = 40;

    // how many earlier quotes RecentUnattributedShare looks back over
    private const int RecentQuotes = 8;

    /// <summary>The feature names, in vector order (the model file lists them too and must agree).</summary>
    public static readonly string[] Names = Enum.GetNames<Feature>();

    /// <summary>How many features a vector holds.</summary>
    public static int Count => Names.Length;

    private enum Feature
    {
        SieveTranscriptLabel, SieveColonIntroduction, SieveTrailingCueOpen, SieveLeadingCue, SieveTrailingCue, SieveSentenceCue,
        SieveLaterCue, SieveConversation, SieveStanceSubject, SieveMentionRanker, NoAttribution, MentionScore,
        RuleContinuation, RulePreviousSentence, RuleSentenceSubject, RulePassiveAgent, RulePossessiveSpeechNoun, RuleAccordingTo, RuleColonAfterSubject,
        Adjacent, MentionPersonalPronoun, MentionIt, MentionNameLike, MentionDeterminer, MentionTokens, MentionPersonLike, MentionAgentNoun, MentionDistance,
        MentionSameSentence, MentionAfterQuote, CueIsSpeechVerb, CueIsStanceVerb,
        QuoteWords, FirstUpper, FirstLower, FirstDigit, EndsTerminal, EndsComma, TitleCaseRatio, FirstPerson, SecondPerson, InnerSentenceEnd,
        PrevDeterminer, PrevPreposition, PrevPossessive, PrevAs, PrevNamingWord, PrevSpeechVerb, PrevStanceVerb, PrevComma, PrevColon, PrevThat,
        PrevLowerWord, PrevWorkNoun, PrevNone, NextSpeechVerb, NextComma, NextSentenceEnd, NextLowerWord, NextDash, NextWorkNoun, NextNone,
        OpensSentence, EndsSentence, WholeParagraph, MultiParagraph, SingleMarks, StraightMarks, QuotesInSentence, QuotesInParagraph,
        SentenceSpeechVerbs, SpeechVerbDistance, SentenceStanceVerbs, SentenceAccordingTo, ParagraphPosition, FirstParagraph, ParagraphTokens,
        LooksLikeTitle, PreviousQuoteAttributed, PreviousQuoteSameSentence, RecentUnattributedShare,
    }

    private static readonly string[] SieveOrder =
        ["transcript-label", "colon-introduction", "trailing-cue-open", "leading-cue", "trailing-cue", "sentence-cue", "later-cue", "conversation", "stance-subject", "mention-ranker"];

    /// <summary>Writes the features of the context's quote, attributed by <paramref name="attribution"/> (or none), into <paramref name="into"/>.</summary>
    public static void Compute(QuoteContext context, Attribution? attribution, bool looksLikeTitle, float[] into)
    {
        Array.Clear(into);
        var doc = context.Doc;
        var tokens = doc.Tokens;
        var text = doc.Text;
        var q = context.Quote;
        var span = doc.Quotes[q];
        var open = doc.QuoteOpenToken[q];
        var close = doc.QuoteCloseToken[q];
        var sentence = tokens[open].Sentence;
        void Set(Feature f, float value) => into[(int)f] = value;
        void Flag(Feature f, bool value) => into[(int)f] = value ? 1 : 0;

        // what attributed it
        if (attribution is null)
        {
            Set(Feature.NoAttribution, 1);
        }
        else
        {
            var sieve = Array.IndexOf(SieveOrder, attribution.Sieve);
            if (sieve >= 0)
                into[(int)Feature.SieveTranscriptLabel + sieve] = 1;
            var rule = attribution.FirstRule is { } first && attribution.Rule == Rules.Continuation ? first : attribution.Rule;
            Flag(Feature.RuleContinuation, attribution.Rule == Rules.Continuation);
            Flag(Feature.RulePreviousSentence, rule == Rules.PreviousSentence);
            Flag(Feature.RuleSentenceSubject, rule == Rules.SentenceSubject);
            Flag(Feature.RulePassiveAgent, rule == Rules.PassiveAgent);
            Flag(Feature.RulePossessiveSpeechNoun, rule == Rules.PossessiveSpeechNoun);
            Flag(Feature.RuleAccordingTo, rule == Rules.AccordingTo);
            Flag(Feature.RuleColonAfterSubject, rule == Rules.ColonAfterSubject);
            Flag(Feature.Adjacent, attribution.Adjacent);
            Set(Feature.MentionScore, (float)(attribution.MentionScore ?? -1));
            var head = tokens[attribution.MentionTo];
            var single = attribution.MentionFrom == attribution.MentionTo;
            var pronoun = single && head.IsWord && Lexicon.Pronouns.TryGetValue(NounPhrases.WithoutContraction(head.Text), out var gender) ? gender : '\0';
            Flag(Feature.MentionPersonalPronoun, pronoun is 'm' or 'f' or 'x' or 'p');
            Flag(Feature.MentionIt, pronoun == 'n');
            Flag(Feature.MentionNameLike, head.IsWord && char.IsUpper(head.Text[0]) && pronoun == '\0');
            Flag(Feature.MentionDeterminer, tokens[attribution.MentionFrom].IsWord && Lexicon.Determiners.Contains(tokens[attribution.MentionFrom].Text));
            Set(Feature.MentionTokens, attribution.MentionTo - attribution.MentionFrom + 1);
            Flag(Feature.MentionPersonLike, pronoun is 'm' or 'f' || HasPersonWord(tokens, attribution.MentionFrom, attribution.MentionTo));
            Flag(Feature.MentionAgentNoun, head.IsWord && pronoun == '\0' && Lexicon.IsAgentNoun(head.Text));
            var distance = attribution.MentionTo < open ? open - attribution.MentionTo : attribution.MentionFrom > close ? attribution.MentionFrom - close : 0;
            Set(Feature.MentionDistance, Math.Min(distance, 200));
            Flag(Feature.MentionSameSentence, tokens[attribution.MentionFrom].Sentence == sentence || tokens[attribution.MentionTo].Sentence == tokens[close].Sentence);
            Flag(Feature.MentionAfterQuote, attribution.MentionFrom > close);
            var cue = tokens[attribution.CueFrom];
            Flag(Feature.CueIsSpeechVerb, cue.IsWord && Lexicon.IsSpeechVerb(cue.Text));
            Flag(Feature.CueIsStanceVerb, cue.IsWord && Lexicon.IsStanceVerb(cue.Text));
        }

        // how the span looks
        int words = 0, capitalised = 0, firstPerson = 0, secondPerson = 0, innerEnds = 0;
        for (var t = open + 1; doc.Work.Tick() && (t < close); t++)
        {
            var tok = tokens[t];
            if (!tok.IsWord)
            {
                if (tok.Kind == TokenKind.Punct && tok.Text[0] is '.' or '!' or '?' && t + 1 < close - 1)
                    innerEnds++;
                continue;
            }

            words++;
            if (char.IsUpper(tok.Text[0]))
                capitalised++;
            if (!MayBePersonWord(tok.Text[0]))
                continue; // the stem starts where the word does, so no first- or second-person word starts otherwise
            var w = NounPhrases.ContractionStem(tok.Text);
            if (w is "I" or "me" or "my" or "we" or "We" or "us" or "our" or "Our" or "My" or "mine" or "ours")
                firstPerson++;
            else if (w is "you" or "You" or "your" or "Your")
                secondPerson++;
        }

        var firstChar = text[span.ContentStart];
        Set(Feature.QuoteWords, words);
        Flag(Feature.FirstUpper, char.IsUpper(firstChar));
        Flag(Feature.FirstLower, char.IsLower(firstChar));
        Flag(Feature.FirstDigit, char.IsDigit(firstChar));
        var last = close - 1;
        Flag(Feature.EndsTerminal, last > open && tokens[last].Kind == TokenKind.Punct && tokens[last].Text[0] is '.' or '!' or '?' or '\u2026');
        Flag(Feature.EndsComma, last > open && tokens[last].Is(','));
        Set(Feature.TitleCaseRatio, words == 0 ? 0 : (float)capitalised / words);
        Flag(Feature.FirstPerson, firstPerson > 0);
        Flag(Feature.SecondPerson, secondPerson > 0);
        Set(Feature.InnerSentenceEnd, Math.Min(innerEnds, 5));

        // the word before and after
        var hasPrev = open > 0 && tokens[open - 1].Paragraph == tokens[open].Paragraph && tokens[open - 1].Sentence == sentence;
        if (!hasPrev)
        {
            Set(Feature.PrevNone, 1);
        }
        else
        {
            var prev = tokens[open - 1];
            var w = prev.Text;
            var lower = prev.IsWord ? w.ToLowerInvariant() : w;
            Flag(Feature.PrevDeterminer, prev.IsWord && Lexicon.Determiners.Contains(w));
            Flag(Feature.PrevPreposition, prev.IsWord && lower is "of" or "on" or "in" or "at" or "for" or "to" or "from" or "with" or "about" or "by" or "into" or "during" or "like");
            Flag(Feature.PrevPossessive, prev.IsWord && NounPhrases.IsPossessive(w));
            Flag(Feature.PrevAs, lower is "as");
            Flag(Feature.PrevNamingWord, lower is "called" or "dubbed" or "named" or "titled" or "entitled" or "labeled" or "labelled" or "termed" or "so-called" or "known" or "nicknamed" or "branded");
            Flag(Feature.PrevSpeechVerb, prev.IsWord && Lexicon.IsSpeechVerb(w));
            Flag(Feature.PrevStanceVerb, prev.IsWord && Lexicon.IsStanceVerb(w));
            Flag(Feature.PrevComma, prev.Is(','));
            Flag(Feature.PrevColon, prev.Is(':'));
            Flag(Feature.PrevThat, lower is "that");
            Flag(Feature.PrevLowerWord, prev.IsWord && char.IsLower(w[0]));
            Flag(Feature.PrevWorkNoun, Lexicon.WorkNouns.Contains(w) || (prev.Is(',') && open >= 2 && tokens[open - 2].IsWord && Lexicon.WorkNouns.Contains(tokens[open - 2].Text)));
        }

        var hasNext = close + 1 < tokens.Length && tokens[close + 1].Paragraph == tokens[close].Paragraph;
        if (!hasNext)
        {
            Set(Feature.NextNone, 1);
        }
        else
        {
            var next = tokens[close + 1];
            Flag(Feature.NextSpeechVerb, next.IsWord && Lexicon.IsSpeechVerb(next.Text));
            Flag(Feature.NextComma, next.Is(','));
            Flag(Feature.NextSentenceEnd, next.Sentence != tokens[close].Sentence || (next.Kind == TokenKind.Punct && next.Text[0] is '.' or '!' or '?'));
            Flag(Feature.NextLowerWord, next.IsWord && char.IsLower(next.Text[0]));
            Flag(Feature.NextDash, next.Kind == TokenKind.Punct && next.Text[0] is '\u2014' or '\u2013' or '\u2015' or '-');
            Flag(Feature.NextWorkNoun, next.IsWord && (Lexicon.WorkNouns.Contains(next.Text)
                || (close + 2 < tokens.Length && tokens[close + 2].Sentence == next.Sentence && tokens[close + 2].IsWord && Lexicon.WorkNouns.Contains(tokens[close + 2].Text))));
        }

        // where it stands
        var paragraph = doc.Paragraphs[span.Paragraph];
        Flag(Feature.OpensSentence, !hasPrev);
        Flag(Feature.EndsSentence, !hasNext || tokens[close + 1].Sentence != tokens[close].Sentence);
        Flag(Feature.WholeParagraph, span.Open == paragraph.Start && span.Close + 1 >= paragraph.End - 1);
        Flag(Feature.MultiParagraph, tokens[close].Paragraph != tokens[open].Paragraph);
        Flag(Feature.SingleMarks, span.SingleMarks);
        Flag(Feature.StraightMarks, text[span.Open] == '"');
        int quotesInSentence = 0, quotesInParagraph = 0;
        for (var other = Math.Max(0, q - 10); doc.Work.Tick() && (other < doc.Quotes.Count && other <= q + 10); other++)
        {
            if (other == q)
                continue;
            if (tokens[doc.QuoteOpenToken[other]].Sentence == sentence)
                quotesInSentence++;
            if (doc.Quotes[other].Paragraph == span.Paragraph)
                quotesInParagraph++;
        }

        Set(Feature.QuotesInSentence, quotesInSentence);
        Set(Feature.QuotesInParagraph, quotesInParagraph);
        int speech = 0, stance = 0, nearest = Reach + 10;
        var according = false;
        for (var t = Math.Max(0, open - Reach); doc.Work.Tick() && (t < tokens.Length && t <= close + Reach); t++)
        {
            var tok = tokens[t];
            if (tok.Quote >= 0 || !tok.IsWord || (tok.Sentence != sentence && tok.Sentence != tokens[close].Sentence))
                continue;
            if (Lexicon.IsSpeechVerb(tok.Text))
            {
                speech++;
                nearest = Math.Min(nearest, t < open ? open - t : t - close);
            }

            if (Lexicon.IsStanceVerb(tok.Text))
                stance++;
            according |= tok.Text.Equals("according", StringComparison.OrdinalIgnoreCase);
        }

        Set(Feature.SentenceSpeechVerbs, Math.Min(speech, 5));
        Set(Feature.SpeechVerbDistance, nearest);
        Set(Feature.SentenceStanceVerbs, Math.Min(stance, 5));
        Flag(Feature.SentenceAccordingTo, according);
        Set(Feature.ParagraphPosition, doc.Paragraphs.Count <= 1 ? 0 : (float)span.Paragraph / (doc.Paragraphs.Count - 1));
        Flag(Feature.FirstParagraph, span.Paragraph == 0);
        Set(Feature.ParagraphTokens, Math.Min(ParagraphTokens(doc, span.Paragraph, open), 200));
        Flag(Feature.LooksLikeTitle, looksLikeTitle);
        var previous = q - 1;
        if (previous >= 0 && doc.Quotes[previous].Paragraph >= span.Paragraph - 1)
        {
            Flag(Feature.PreviousQuoteAttributed, context.Attributions[previous] is not null);
            Flag(Feature.PreviousQuoteSameSentence, tokens[doc.QuoteCloseToken[previous]].Sentence == sentence);
        }

        // how many of the quotes just before went unattributed: an article of quoted words, names or titles
        // ("the banished words are "yeet," "optics" and …") has few speakers for any of them
        var earlier = Math.Min(q, RecentQuotes);
        var unattributed = 0;
        for (var other = q - earlier; other < q; other++)
        {
            if (context.Attributions[other] is null)
                unattributed++;
        }

        Set(Feature.RecentUnattributedShare, earlier == 0 ? -1 : (float)unattributed / earlier);
    }

    /// <summary>True when a word starting with <paramref name="first"/> may be one of the first- or second-person words the span's loop counts.</summary>
    private static bool MayBePersonWord(char first) => first is 'I' or 'm' or 'M' or 'w' or 'W' or 'u' or 'o' or 'O' or 'y' or 'Y';

    private static bool HasPersonWord(Token[] tokens, int from, int to)
    {
        for (var t = from; t <= to; t++)
        {
            var w = tokens[t].Text;
            if (Lexicon.Honorifics.Contains(w) || Lexicon.MaleNames.Contains(w) || Lexicon.FemaleNames.Contains(w) || Lexicon.IsRoleWord(w))
                return true;
        }

        return false;
    }

    /// <summary>The paragraph's length in tokens, counted within a bounded reach of the quote.</summary>
    private static int ParagraphTokens(ArticleDocument doc, int paragraph, int around)
    {
        var tokens = doc.Tokens;
        var from = around;
        while (doc.Work.Tick() && from > 0 && from > around - 200 && tokens[from - 1].Paragraph == paragraph)
            from--;
        var to = around;
        while (doc.Work.Tick() && to + 1 < tokens.Length && to < around + 200 && tokens[to + 1].Paragraph == paragraph)
            to++;
        return to - from + 1;
    }
}

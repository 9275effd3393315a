namespace QuoteCheck.Core.Extraction;

/// <summary>
/// The named features the mention ranker reads for one candidate speaker mention of a quote: which sieves proposed
/// it, where it stands relative to the quote, what kind of phrase it is, and what surrounds it (a speech verb after
/// it, "according to" before it). Computed in bounded look-around.
/// </summary>
internal static class MentionFeatures
{
    /// <summary>The feature names, in vector order.</summary>
    public static readonly string[] Names = Enum.GetNames<Feature>();

    /// <summary>How many features a vector holds.</summary>
    public static int Count => Names.Length;

    private enum Feature
    {
        ByTranscriptLabel, ByColonIntroduction, ByTrailingCueOpen, ByLeadingCue, ByTrailingCue, BySentenceCue, ByLaterCue, ByConversation,
        ByStanceSubject, FirstAnswer, Proposals, NoSieve,
        Before, After, EarlierSentence, EarlierParagraph, Distance, Rank,
        HeShe, TheyWe, FirstPersonI, It, Relative, NameLike, Determiner, LowerCase, Tokens, PersonLike, RoleHead, AgentNoun, Possessive, Capitals,
        NextCue, NextComma, NextLowerWord, NextOpenMark, NextParenthesis,
        PrevStart, PrevComma, PrevAccordingTo, PrevPreposition, PrevThat, PrevCue, PrevCloseMark,
        SameAsPrevious, QuoteFirstLower, QuoteEndsOpen, QuoteOpensSentence, QuoteSieve,
    }

    /// <summary>Writes the features of <paramref name="candidate"/> for the context's quote into <paramref name="into"/>.</summary>
    /// <param name="rank">The candidate's position among the quote's candidates on its side, nearest first.</param>
    /// <param name="firstSieve">The index of the first sieve that answered for the quote, or -1.</param>
    public static void Compute(QuoteContext context, NounPhrases phrases, MentionCandidate candidate, int rank, int firstSieve, float[] into)
    {
        Array.Clear(into);
        var doc = context.Doc;
        var tokens = doc.Tokens;
        var q = context.Quote;
        var open = doc.QuoteOpenToken[q];
        var close = doc.QuoteCloseToken[q];
        void Set(Feature f, float value) => into[(int)f] = value;
        void Flag(Feature f, bool value) => into[(int)f] = value ? 1 : 0;

        var proposals = 0;
        for (var i = 0; doc.Work.Tick() && (i < (int)Feature.FirstAnswer); i++)
        {
            if ((candidate.ProposedBy & (1 << i)) == 0)
                continue;
            into[(int)Feature.ByTranscriptLabel + i] = 1;
            proposals++;
        }

        Flag(Feature.FirstAnswer, firstSieve >= 0 && (candidate.ProposedBy & (1 << firstSieve)) != 0);
        Set(Feature.Proposals, proposals);
        Flag(Feature.NoSieve, proposals == 0);
        var before = candidate.To < open;
        Flag(Feature.Before, before);
        Flag(Feature.After, candidate.From > close);
        Flag(Feature.EarlierSentence, tokens[candidate.To].Sentence < tokens[open].Sentence);
        Flag(Feature.EarlierParagraph, tokens[candidate.To].Paragraph < tokens[open].Paragraph);
        Set(Feature.Distance, Math.Min(before ? open - candidate.To : Math.Max(0, candidate.From - close), 200));
        Set(Feature.Rank, rank);

        var head = tokens[candidate.To];
        var single = candidate.From == candidate.To;
        var pronoun = single && head.IsWord && Lexicon.Pronouns.TryGetValue(NounPhrases.WithoutContraction(head.Text), out var gender) ? gender : '\0';
        Flag(Feature.HeShe, pronoun is 'm' or 'f');
        Flag(Feature.TheyWe, pronoun == 'p');
        Flag(Feature.FirstPersonI, pronoun == 'x');
        Flag(Feature.It, pronoun == 'n');
        Flag(Feature.Relative, single && head.Text is "who" or "which");
        Flag(Feature.NameLike, pronoun == '\0' && head.IsWord && char.IsUpper(head.Text[0]));
        var first = tokens[candidate.From];
        Flag(Feature.Determiner, first.IsWord && Lexicon.Determiners.Contains(first.Text));
        Flag(Feature.LowerCase, head.IsWord && char.IsLower(head.Text[0]) && pronoun == '\0');
        Set(Feature.Tokens, candidate.To - candidate.From + 1);
        var person = pronoun is 'm' or 'f';
        var role = false;
        var capitals = 0;
        for (var t = candidate.From; doc.Work.Tick() && (t <= candidate.To); t++)
        {
            var w = tokens[t].Text;
            person |= Lexicon.Honorifics.Contains(w) || Lexicon.MaleNames.Contains(w) || Lexicon.FemaleNames.Contains(w);
            role |= Lexicon.IsRoleWord(w);
            if (tokens[t].IsWord && char.IsUpper(w[0]))
                capitals++;
        }

        Flag(Feature.PersonLike, person);
        Flag(Feature.RoleHead, Lexicon.IsRoleWord(head.Text));
        Flag(Feature.AgentNoun, head.IsWord && pronoun == '\0' && Lexicon.IsAgentNoun(head.Text));
        Flag(Feature.Possessive, head.IsWord && NounPhrases.IsPossessive(head.Text));
        Set(Feature.Capitals, capitals);

        var next = candidate.To + 1;
        while (doc.Work.Tick() && next < tokens.Length && next < candidate.To + 4 && tokens[next].IsWord && Lexicon.IsAuxiliary(tokens[next].Text))
            next++;
        if (next < tokens.Length && tokens[next].Paragraph == head.Paragraph)
        {
            var n = tokens[next];
            Flag(Feature.NextCue, phrases.IsCue(next));
            Flag(Feature.NextComma, n.Is(','));
            Flag(Feature.NextLowerWord, n.IsWord && char.IsLower(n.Text[0]) && !phrases.IsCue(next));
            Flag(Feature.NextOpenMark, n.Kind == TokenKind.OpenMark);
            Flag(Feature.NextParenthesis, n.Is('('));
        }

        var prevIndex = candidate.From - 1;
        if (prevIndex < 0 || tokens[prevIndex].Sentence != first.Sentence || tokens[prevIndex].Paragraph != first.Paragraph)
        {
            Set(Feature.PrevStart, 1);
        }
        else
        {
            var p = tokens[prevIndex];
            var w = p.IsWord ? p.Text.ToLowerInvariant() : p.Text;
            Flag(Feature.PrevComma, p.Is(','));
            Flag(Feature.PrevAccordingTo, w is "to" && prevIndex > 0 && tokens[prevIndex - 1].Text.Equals("according", StringComparison.OrdinalIgnoreCase));
            Flag(Feature.PrevPreposition, w is "of" or "from" or "with" or "by" or "to" or "for" or "in" or "at" or "on");
            Flag(Feature.PrevThat, w is "that");
            Flag(Feature.PrevCue, phrases.IsCue(prevIndex));
            Flag(Feature.PrevCloseMark, p.Kind == TokenKind.CloseMark);
        }

        var previous = q - 1;
        if (previous >= 0 && context.Attributions[previous] is { } earlier && doc.Quotes[previous].Paragraph >= doc.Quotes[q].Paragraph - 1)
            Flag(Feature.SameAsPrevious, string.Equals(doc.Slice(earlier.MentionFrom, earlier.MentionTo), doc.Slice(candidate.From, candidate.To), StringComparison.OrdinalIgnoreCase));
        var firstChar = doc.Text[doc.Quotes[q].ContentStart];
        Flag(Feature.QuoteFirstLower, char.IsLower(firstChar));
        Flag(Feature.QuoteEndsOpen, context.Finder.EndsOpen(q));
        Flag(Feature.QuoteOpensSentence, open == 0 || tokens[open - 1].Sentence != tokens[open].Sentence);
        Set(Feature.QuoteSieve, firstSieve);
    }
}

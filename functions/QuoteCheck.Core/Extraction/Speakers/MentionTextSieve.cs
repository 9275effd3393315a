namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>The last sieve: the mention as written, a name with its descriptors cut ("Halifax cartoonist Ann Roe" → Ann Roe), a description kept whole.</summary>
internal sealed class MentionTextSieve(ArticleDocument doc, NounPhrases phrases) : ISpeakerSieve
{
    public string Name => "as-written";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        var a = query.Attribution;
        var tokens = doc.Tokens;
        if (a.MentionFrom == a.MentionTo && phrases.IsPronoun(a.MentionFrom))
            return new SpeakerResolution(query.Mention, null, Name, "unresolved pronoun", ResolutionCertainty.Unresolved);
        if (!tokens[query.Head].IsCapitalized || Lexicon.Determiners.Contains(tokens[a.MentionFrom].Text) || Lexicon.ClauseOpeners.Contains(tokens[query.Head].Text))
        {
            // the description is the speaker, so its title words are no separate role ("the party's Senate leader");
            // "a Michigan school's" → a Michigan school
            return new SpeakerResolution(NounPhrases.IsPossessive(query.Mention) ? query.Mention[..^2] : query.Mention, null, Name, "nobody named for it", ResolutionCertainty.AsWritten);
        }

        var from = query.Head;
        while (from - 1 >= a.MentionFrom && tokens[from - 1].IsCapitalized && !Lexicon.TitleHeads.Contains(tokens[from - 1].Text)
            && !Lexicon.Honorifics.Contains(tokens[from - 1].Text) && !Lexicon.NotNames.Contains(tokens[from - 1].Text))
            from--;
        var name = doc.Slice(from, query.Head);
        return new SpeakerResolution(NounPhrases.IsPossessive(name) ? name[..^2] : name, SpeakerRoles.InMention(doc, a), Name, "named", ResolutionCertainty.Stated);
    }
}

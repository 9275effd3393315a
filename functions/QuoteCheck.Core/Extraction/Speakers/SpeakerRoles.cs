namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>The role words a speaker mention carries ("Kremlin spokesman Dmitry Peskov" → Kremlin spokesman).</summary>
internal static class SpeakerRoles
{
    /// <summary>The mention's words up to its last title word, without a leading determiner; null when it has no title word.</summary>
    public static string? InMention(ArticleDocument doc, Attribution attribution)
    {
        var tokens = doc.Tokens;
        var last = -1;
        for (var t = attribution.MentionFrom; t <= attribution.MentionTo; t++)
        {
            if (Lexicon.TitleHeads.Contains(tokens[t].Text))
                last = t;
        }

        var from = attribution.MentionFrom;
        if (last < 0)
            return null;
        // "former secretary of state Madeleine Albright", "minister of finance Ann Roe": the office runs on over "of"
        // and its lower-case words (not "the": "Speaker of the House" may end in a name); a capitalised word after "of"
        // may be the name, so it ends there
        var end = last;
        while (end + 2 <= attribution.MentionTo && tokens[end + 1].Text is "of" or "for" && IsLowerWord(tokens[end + 2]))
        {
            end += 2;
            while (end + 1 <= attribution.MentionTo && IsLowerWord(tokens[end + 1]) && end < last + 4)
                end++;
        }

        if (end + 1 <= attribution.MentionTo && tokens[end + 1].IsCapitalized)
            last = end;
        else if (last + 2 <= attribution.MentionTo && tokens[last + 1].Text is "of" or "for")
        {
            // "Secretary of State Ann Roe", "Speaker of the House Ann Roe": one capitalised word after "of" (or "of the")
            // is the office's when two more words, the name, still follow it
            var office = tokens[last + 2].Text is "the" ? last + 3 : last + 2;
            if (office + 2 <= attribution.MentionTo && tokens[office].IsCapitalized && tokens[office + 1].IsCapitalized && tokens[office + 2].IsCapitalized)
                last = office;
        }
        if (Lexicon.Determiners.Contains(tokens[from].Text))
            from++;
        return from <= last && !IsCourtesyTitleOnly(tokens, from, last) ? doc.Slice(from, last) : null;
    }

    /// <summary>
    /// True when tokens <paramref name="from"/> to <paramref name="to"/> are courtesy titles only ("Mr.", "Ms."): they say
    /// how the article addresses someone, not what the person does, so they are no role (the person's role, if the
    /// article gave one, comes from another mention: "Mr. Obama" is the President).
    /// </summary>
    public static bool IsCourtesyTitleOnly(Token[] tokens, int from, int to)
    {
        for (var t = from; t <= to; t++)
        {
            if (!IsCourtesyTitle(tokens[t].Text))
                return false;
        }

        return from <= to;
    }

    /// <summary>True for a courtesy title ("Mr.", "Ms.", "Miss"), with or without its period.</summary>
    public static bool IsCourtesyTitle(string word) => word is "Mr." or "Mrs." or "Ms." or "Mx." or "Miss" or "Mr" or "Mrs" or "Ms" or "Mx";

    private static bool IsLowerWord(Token token) => token.IsWord && char.IsLower(token.Text[0]) && !Lexicon.Determiners.Contains(token.Text);

    /// <summary>A description without its first word when that is a determiner ("the mayor" → mayor).</summary>
    public static string WithoutDeterminer(string mention)
    {
        var space = mention.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Lexicon.Determiners.Contains(mention[..space]) ? mention[(space + 1)..] : mention;
    }
}

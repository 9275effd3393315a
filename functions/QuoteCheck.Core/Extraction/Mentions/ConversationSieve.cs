namespace QuoteCheck.Core.Extraction;

/// <summary>
/// A quote with no attribution beside it takes the speaker of the conversation around it: the previous quote's
/// (within the paragraph or the one before), or the speech verb of the previous sentence
/// (<c>Roe said the plan would fail. "It is a betrayal of voters."</c>). CoreNLP's conversational and paragraph sieves.
/// </summary>
internal sealed class ConversationSieve : IMentionSieve
{
    public string Name => "conversation";

    /// <summary>Words that lead into a sentence that goes on with what was said: <c>Instead, "he just acts like a defeated man."</c></summary>
    private static readonly string[] LeadIns = ["But", "And", "Instead", "Still", "Yet", "Also", "Then", "Indeed", "However", "Adding", "Again", "Later", "Plus"];

    /// <summary>True when the quote opens its sentence with a capital: a quoted statement rather than a phrase used in passing.</summary>
    private static bool StandsAlone(ArticleDocument doc, int q)
    {
        var tokens = doc.Tokens;
        var open = doc.QuoteOpenToken[q];
        var first = FirstCharacter(doc, q);
        var opensSentence = open == 0 || tokens[open - 1].Sentence != tokens[open].Sentence
            || tokens[open - 1].Kind == TokenKind.CloseMark || tokens[open - 1].Is(':');
        return (opensSentence && (char.IsUpper(first) || char.IsDigit(first) || first is '\u2026' or '.' or '[' or '('))
            || (LeadIn(doc, q) >= 0 && EndsItsSentence(doc, q));
    }

    /// <summary>The quote's first character past any white space the writer left inside the mark (<c>“ You know, …”</c>).</summary>
    private static char FirstCharacter(ArticleDocument doc, int q)
    {
        var span = doc.Quotes[q];
        var i = span.ContentStart;
        while (i < span.ContentEnd - 1 && char.IsWhiteSpace(doc.Text[i]))
            i++;
        return doc.Text[i];
    }

    /// <summary>
    /// The lead-in word before the quote (<c>Instead,</c>, <c>But</c>, <c>Adding,</c>) when that word, and a comma, are
    /// all that stands between the start of the sentence and the quote; else -1.
    /// </summary>
    private static int LeadIn(ArticleDocument doc, int q)
    {
        var tokens = doc.Tokens;
        var open = doc.QuoteOpenToken[q];
        var word = open - 1 >= 0 && tokens[open - 1].Is(',') ? open - 2 : open - 1;
        if (word < 0 || !tokens[word].IsWord || tokens[word].Quote >= 0 || tokens[word].Sentence != tokens[open].Sentence
            || Array.IndexOf(LeadIns, tokens[word].Text) < 0)
            return -1;
        return word == 0 || tokens[word - 1].Sentence != tokens[word].Sentence || tokens[word - 1].Kind == TokenKind.CloseMark ? word : -1;
    }

    /// <summary>True when nothing of the quote's sentence follows its closing mark but the full stop: a statement, not a phrase in passing.</summary>
    private static bool EndsItsSentence(ArticleDocument doc, int q)
    {
        var tokens = doc.Tokens;
        var close = doc.QuoteCloseToken[q];
        var next = close + 1;
        if (next < tokens.Length && tokens[next].Kind == TokenKind.Punct && tokens[next].Text[0] is '.' or '!' or '?')
            next++;
        return next >= tokens.Length || tokens[next].Sentence != tokens[close].Sentence;
    }

    public Attribution? Find(QuoteContext context)
    {
        var doc = context.Doc;
        var finder = context.Finder;
        var attributions = context.Attributions;
        var q = context.Quote;
        var tokens = doc.Tokens;
        var open = doc.QuoteOpenToken[q];
        var sentence = tokens[open].Sentence;
        var paragraph = tokens[open].Paragraph;
        var previous = q - 1;
        while (doc.Work.Tick() && previous >= 0 && previous > q - 20 && attributions[previous] is null && doc.Quotes[previous].Paragraph >= paragraph - 1)
            previous--;
        var previousQuote = previous >= 0 && attributions[previous] is { } a && tokens[doc.QuoteCloseToken[previous]].Paragraph >= paragraph - 1 ? a : null;
        if (previousQuote is not null && previousQuote.CueTo < doc.QuoteOpenToken[previous] && finder.AfterQuote(previous) is { } between && between.MentionTo < open)
            previousQuote = between; // "X scolded him: “A,” she said. “B.”": B goes with the nearer "she said"
        var start = LeadIn(doc, q) is var leadIn and >= 0 ? leadIn : open; // "Instead, “…”": the sentence starts at the lead-in
        var previousSentenceCue = start > 0 && tokens[start - 1].Paragraph >= paragraph - 1
            ? finder.LastCueBefore(start, tokens[start - 1].Sentence == sentence ? sentence - 1 : tokens[start - 1].Sentence)
            : null;
        if (previousSentenceCue is not null && tokens[start - 1].Sentence == sentence)
            previousSentenceCue = null;
        if (!StandsAlone(doc, q))
            return previousQuote is not null && tokens[doc.QuoteCloseToken[previous]].Sentence == sentence ? Continue(previousQuote, previous) : null;
        // "“…,” says House. Durning did not need much coaxing. “…”": someone else, named in the sentence between, speaks
        if (previousSentenceCue is null && finder.NarrativeSubjectBefore(start) is { } narrative
            && (previousQuote is null || (narrative.MentionFrom > doc.QuoteCloseToken[previous] && !SameWords(doc, narrative, previousQuote))))
            return narrative; // "Roe was blunt. “…”" too, with no quote before
        if (previousQuote is not null && (previousSentenceCue is null || doc.QuoteCloseToken[previous] > previousSentenceCue.CueTo
            || tokens[previousQuote.CueFrom].Sentence >= tokens[previousSentenceCue.CueFrom].Sentence))
            return Continue(previousQuote, previous);
        return previousSentenceCue;
    }

    private static bool SameWords(ArticleDocument doc, Attribution a, Attribution b) =>
        string.Equals(doc.Slice(a.MentionFrom, a.MentionTo), doc.Slice(b.MentionFrom, b.MentionTo), StringComparison.OrdinalIgnoreCase);

    /// <summary>The previous quote's attribution carried over, remembering the rule that first found it.</summary>
    private static Attribution Continue(Attribution previous, int quote) =>
        previous with { Rule = Rules.Continuation, Adjacent = false, FirstRule = previous.FirstRule ?? previous.Rule, Continues = quote };
}

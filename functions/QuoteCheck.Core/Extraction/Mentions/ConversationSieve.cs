namespace QuoteCheck.Core.Extraction;

/// <summary>
/// A quote with no attribution beside it takes the speaker of the conversation around it: the previous quote's
/// (within the paragraph or the one before), or the speech verb of the previous sentence
/// (<c>Roe said the plan would fail. "It is a betrayal of voters."</c>). CoreNLP's conversational and paragraph sieves.
/// </summary>
internal sealed class ConversationSieve : IMentionSieve
{
    public string Name => "conversation";

    /// <summary>True when the quote opens its sentence with a capital: a quoted statement rather than a phrase used in passing.</summary>
    private static bool StandsAlone(ArticleDocument doc, int q)
    {
        var tokens = doc.Tokens;
        var open = doc.QuoteOpenToken[q];
        var first = doc.Text[doc.Quotes[q].ContentStart];
        var opensSentence = open == 0 || tokens[open - 1].Sentence != tokens[open].Sentence
            || tokens[open - 1].Kind == TokenKind.CloseMark || tokens[open - 1].Is(':');
        return opensSentence && (char.IsUpper(first) || char.IsDigit(first) || first is '\u2026' or '.' or '[');
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
        var previousSentenceCue = open > 0 && tokens[open - 1].Paragraph >= paragraph - 1
            ? finder.LastCueBefore(open, tokens[open - 1].Sentence == sentence ? sentence - 1 : tokens[open - 1].Sentence)
            : null;
        if (previousSentenceCue is not null && tokens[open - 1].Sentence == sentence)
            previousSentenceCue = null;
        if (!StandsAlone(doc, q))
            return previousQuote is not null && tokens[doc.QuoteCloseToken[previous]].Sentence == sentence ? Continue(previousQuote, previous) : null;
        if (previousQuote is not null && (previousSentenceCue is null || doc.QuoteCloseToken[previous] > previousSentenceCue.CueTo
            || tokens[previousQuote.CueFrom].Sentence >= tokens[previousSentenceCue.CueFrom].Sentence))
            return Continue(previousQuote, previous);
        return previousSentenceCue;
    }

    /// <summary>The previous quote's attribution carried over, remembering the rule that first found it.</summary>
    private static Attribution Continue(Attribution previous, int quote) =>
        previous with { Rule = Rules.Continuation, Adjacent = false, FirstRule = previous.FirstRule ?? previous.Rule, Continues = quote };
}

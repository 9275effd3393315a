using System.Buffers;

namespace QuoteCheck.Core.Extraction;

/// <summary>Finds pairs of quotation marks in one linear pass, including quotes continued over paragraphs.</summary>
/// <remarks>
/// Double marks (curly or straight, mixed) and guillemets are primary; single curly marks are primary only
/// outside a double quote. A straight mark opens only after whitespace, a line start, a bracket or a dash;
/// curly marks inside a straight quote nest when the straight quote closes later in the same paragraph.
/// An opening mark met while a quote of the same family is open restarts the quote there (the earlier mark
/// was unmatched), unless it stands where a closing mark would (after a word or a comma, before a space: a
/// mistyped close), and a paragraph that ends inside a quote is continued only when the next paragraph opens
/// with a quotation mark, so every character is visited a bounded number of times.
/// </remarks>
internal static class QuoteScanner
{
    private const char None = '\0';
    private static readonly SearchValues<char> Marks = SearchValues.Create("\u201C\u201E\u201D\"\u00AB\u00BB\u2018\u2019");

    /// <summary>Scans <paramref name="text"/> and returns the quote spans in order.</summary>
    public static List<QuoteSpan> Scan(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var spans = new List<QuoteSpan>();
        var family = None;
        var open = -1;
        var openParagraph = -1;
        var singleOpen = -1;
        var straight = false;
        var nested = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var lastStraight = text.AsSpan(para.Start, para.End - para.Start).LastIndexOf('"') + para.Start;
            singleOpen = -1;
            if (family != None && !(para.Start < para.End && IsContinuationMark(text[para.Start], family, straight)))
                family = None;
            var i = para.Start;
            if (family != None)
                i++;
            for (; i < para.End; i++)
            {
                // only quotation marks change the state: jump to the next one
                var skip = text.AsSpan(i, para.End - i).IndexOfAny(Marks);
                if (skip < 0)
                    break;
                i += skip;
                var c = text[i];
                switch (c)
                {
                    case '\u201C' or '\u201E':
                        if (family == '"' && !straight && !nested && ClosesLikeAnEndMark(text, i, para))
                        {
                            // "“It's unusual,“ said Roe": an opening mark typed after the words, before a space, ends the quote
                            spans.Add(new QuoteSpan(open, i, openParagraph, false));
                            family = None;
                            break;
                        }

                        if (family == '"' && straight && !nested && lastStraight > i)
                        {
                            // a curly quote nested in a straight one that closes later in the paragraph
                            nested = true;
                            break;
                        }

                        family = '"';
                        straight = false;
                        nested = false;
                        open = i;
                        openParagraph = p;
                        singleOpen = -1;
                        break;
                    case '\u201D':
                        if (family == '"' && nested)
                        {
                            nested = false;
                        }
                        else if (family == '"')
                        {
                            spans.Add(new QuoteSpan(open, i, openParagraph, false));
                            family = None;
                        }

                        break;
                    case '"':
                        var prevOpens = i == para.Start || OpensAfter(text[i - 1]);
                        var nextWordy = i + 1 < para.End && !char.IsWhiteSpace(text[i + 1]);
                        var looksOpening = i > para.Start && char.IsWhiteSpace(text[i - 1]) && i + 1 < para.End && IsWordStart(text[i + 1]);
                        if (family == '"' && !looksOpening)
                        {
                            spans.Add(new QuoteSpan(open, i, openParagraph, false));
                            family = None;
                        }
                        else if (prevOpens && nextWordy && family != '\u00AB')
                        {
                            family = '"';
                            straight = true;
                            nested = false;
                            open = i;
                            openParagraph = p;
                            singleOpen = -1;
                        }

                        break;
                    case '\u00AB':
                        family = '\u00AB';
                        open = i;
                        openParagraph = p;
                        break;
                    case '\u00BB':
                        if (family == '\u00AB')
                        {
                            spans.Add(new QuoteSpan(open, i, openParagraph, false));
                            family = None;
                        }

                        break;
                    case '\u2018':
                        if (family == None && (i == para.Start || OpensAfter(text[i - 1])))
                            singleOpen = i;
                        break;
                    case '\u2019':
                        if (family == None && singleOpen >= 0 && (i + 1 >= para.End || !char.IsLetter(text[i + 1])) && i > singleOpen + 1)
                        {
                            spans.Add(new QuoteSpan(singleOpen, i, p, true));
                            singleOpen = -1;
                        }

                        break;
                }
            }
        }

        return spans;
    }

    // A quote continues in the next paragraph only with the same style of mark it opened with.
    private static bool IsContinuationMark(char c, char family, bool straight) =>
        family == '"' ? (straight ? c == '"' : c is '\u201C' or '\u201E') : c == family;

    /// <summary>
    /// True when the mark at <paramref name="i"/> stands where a closing mark would: right after a word or the
    /// punctuation ending a phrase (<c>“Frozen“ and</c>, <c>“unusual,“ said</c>), and before a space, punctuation or the
    /// paragraph's end. An opening mark follows a space, a bracket or a dash, never a letter.
    /// </summary>
    private static bool ClosesLikeAnEndMark(string text, int i, Paragraph para) =>
        i > para.Start && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is ',' or '.' or '?' or '!' or ')')
        && (i + 1 >= para.End || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is ',' or '.' or ';' or ':' or '?' or '!');

    private static bool OpensAfter(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u2015' or ':';

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c is '\u2026' or '$';
}

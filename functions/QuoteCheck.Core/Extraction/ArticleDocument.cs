using System.Buffers;

namespace QuoteCheck.Core.Extraction;

/// <summary>An article split into paragraphs, quote spans, tokens and sentences, with offsets into the original text.</summary>
internal sealed class ArticleDocument
{
    private ArticleDocument(string text, List<Paragraph> paragraphs, List<QuoteSpan> quotes, Token[] tokens, int[] quoteOpenToken, int[] quoteCloseToken)
    {
        Text = text;
        Paragraphs = paragraphs;
        Quotes = quotes;
        Tokens = tokens;
        QuoteOpenToken = quoteOpenToken;
        QuoteCloseToken = quoteCloseToken;
        _classes = ArrayPool<WordClass>.Shared.Rent(tokens.Length);
        _classes.AsSpan(0, tokens.Length).Clear();
    }

    // Each token's word lists, looked up on first ask (None: not yet). Rented, since a long article's array would
    // otherwise be one more large-object allocation per document; ReturnBuffers gives it back.
    private WordClass[] _classes;

    public string Text { get; }

    /// <summary>The steps the extractor's stages take over this document.</summary>
    public WorkMeter Work { get; } = new();

    // Single-character tokens (punctuation, marks) share cached strings instead of allocating one each.
    private static readonly string[] SingleCharStrings = [.. Enumerable.Range(0, 0x2100).Select(c => ((char)c).ToString())];

    /// <summary>True when the article uses double quotation marks, so single marks are nested quotes or apostrophes.</summary>
    public bool HasDoubleQuotes { get; private init; }

    public List<Paragraph> Paragraphs { get; }

    public List<QuoteSpan> Quotes { get; }

    public Token[] Tokens { get; }

    /// <summary>Index of each quote's opening-mark token.</summary>
    public int[] QuoteOpenToken { get; }

    /// <summary>Index of each quote's closing-mark token.</summary>
    public int[] QuoteCloseToken { get; }

    /// <summary>Builds the document in time linear in the text length.</summary>
    public static ArticleDocument Parse(string text)
    {
        var paragraphs = TextCleaner.Split(text);
        var scanned = QuoteScanner.Scan(text, paragraphs);
        var quotes = new List<QuoteSpan>(scanned.Count);
        var nicknames = new List<QuoteSpan>();
        foreach (var span in scanned)
            (IsNickname(text, span) ? nicknames : quotes).Add(span);
        var n = 0;
        var tokens = new TokenBuffer(text.Length / 5 + 16);
        var openTokens = new int[quotes.Count];
        var closeTokens = new int[quotes.Count];
        var q = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var i = para.Start;
            while (i < para.End)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue; // the quote index catches up at the next token
                }

                while (q < quotes.Count && quotes[q].Close < i)
                    q++;
                while (n < nicknames.Count && nicknames[n].Close < i)
                    n++;
                if (n < nicknames.Count && i == nicknames[n].Open)
                {
                    // Marcia "Cia" Price: the quoted nickname is one word of the name, marks included in its offsets
                    var nick = nicknames[n];
                    tokens.Add(new Token { Start = i, End = nick.Close + 1, Kind = TokenKind.Word, Quote = -1, Paragraph = p, Text = text[nick.ContentStart..nick.ContentEnd] });
                    i = nick.Close + 1;
                    continue;
                }

                var inQuote = q < quotes.Count && quotes[q].Open < i && i < quotes[q].Close ? q : -1;
                if (q < quotes.Count && i == quotes[q].Open)
                {
                    openTokens[q] = tokens.Count;
                    tokens.Add(new Token { Start = i, End = i + 1, Kind = TokenKind.OpenMark, Quote = q, Paragraph = p, Text = OneChar(text[i]) });
                    i++;
                    continue;
                }

                if (q < quotes.Count && i == quotes[q].Close)
                {
                    closeTokens[q] = tokens.Count;
                    tokens.Add(new Token { Start = i, End = i + 1, Kind = TokenKind.CloseMark, Quote = q, Paragraph = p, Text = OneChar(text[i]) });
                    i++;
                    continue;
                }

                var end = char.IsLetterOrDigit(c) ? WordEnd(text, i, para.End) : i + 1;
                var kind = end > i + 1 || char.IsLetterOrDigit(c) ? TokenKind.Word : TokenKind.Punct;
                tokens.Add(new Token { Start = i, End = end, Kind = kind, Quote = inQuote, Paragraph = p, Text = end == i + 1 ? OneChar(c) : text[i..end] });
                i = end;
            }
        }

        var array = tokens.ToArrayAndReturn();
        AssignSentences(array);
        var doc = new ArticleDocument(text, paragraphs, quotes, array, openTokens, closeTokens)
        {
            HasDoubleQuotes = quotes.Exists(q => !q.SingleMarks),
        };
        doc.Work.Add(text.Length + array.Length);
        return doc;
    }

    /// <summary>The word lists that hold token <paramref name="t"/>'s text, looked up the first time a reader asks and kept for the others.</summary>
    public WordClass ClassOf(int t)
    {
        var classes = _classes[t];
        if (classes == WordClass.None)
            _classes[t] = classes = WordClasses.Of(Tokens[t].Text);
        return classes;
    }

    /// <summary>Gives the rented per-token buffers back to the shared pool; the document answers no <see cref="ClassOf"/> after.</summary>
    public void ReturnBuffers()
    {
        var classes = _classes;
        _classes = [];
        if (classes.Length > 0)
            ArrayPool<WordClass>.Shared.Return(classes);
    }

    /// <summary>True when token <paramref name="t"/>'s text is in any of the lists <paramref name="wanted"/>.</summary>
    public bool Is(int t, WordClass wanted) => (ClassOf(t) & wanted) != 0;

    /// <summary><see cref="Lexicon.IsAuxiliary"/> of token <paramref name="t"/>'s text, its list looked up once per token.</summary>
    public bool IsAuxiliary(int t) => Is(t, WordClass.Auxiliary) || Lexicon.IsLyAdverb(Tokens[t].Text);

    /// <summary>The words of a token range joined as in the text.</summary>
    public string Slice(int fromToken, int toToken) => Text[Tokens[fromToken].Start..Tokens[toToken].End];

    /// <summary>
    /// The tokens as Parse makes them, in a buffer rented from the shared pool, so that the finished array is the only
    /// one allocated (a list would allocate its buffer too, about as large, for every document).
    /// </summary>
    private sealed class TokenBuffer(int capacity)
    {
        private Token[] _buffer = ArrayPool<Token>.Shared.Rent(capacity);

        public int Count { get; private set; }

        public void Add(Token token)
        {
            if (Count == _buffer.Length)
                Grow();
            _buffer[Count++] = token;
        }

        /// <summary>The tokens as an array of their own; the buffer goes back to the pool.</summary>
        public Token[] ToArrayAndReturn()
        {
            var tokens = _buffer.AsSpan(0, Count).ToArray();
            Return();
            return tokens;
        }

        private void Grow()
        {
            var larger = ArrayPool<Token>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, Count).CopyTo(larger);
            Return();
            _buffer = larger;
        }

        private void Return()
        {
            Array.Clear(_buffer, 0, Count); // the pool keeps no document's words alive
            ArrayPool<Token>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private static string OneChar(char c) => c < SingleCharStrings.Length ? SingleCharStrings[c] : c.ToString();

    private static int WordEnd(string text, int i, int limit)
    {
        var start = i;
        i++;
        while (i < limit)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var nextIsLetter = i + 1 < limit && char.IsLetterOrDigit(text[i + 1]);
            if ((c is '\'' or '\u2019' or '-' or '&') && nextIsLetter)
            {
                i++;
                continue;
            }

            if (c == '/' && char.IsDigit(text[i - 1]) && i + 1 < limit && char.IsDigit(text[i + 1]))
            {
                // 9/11, 24/7
                i++;
                continue;
            }

            if (IsCombining(c))
            {
                // decomposed accents (NFD text): "A\u0303" is one letter
                i++;
                continue;
            }

            if (IsMojibake(c) && i + 1 < limit && (char.IsLetter(text[i + 1]) || IsMojibake(text[i + 1]) || IsCombining(text[i + 1])))
            {
                // UTF-8 read as Latin-1 ("FranÃ§ois"): the stray symbols stay inside the word
                i++;
                continue;
            }

            if (c == '.')
            {
                var word = text.AsSpan(start, i - start);
                if (nextIsLetter && i + 2 <= limit && (i + 2 == limit || !char.IsLetter(text[i + 2]) || text[i + 2] == '.'))
                {
                    // initialism: U.S., D-S.C.
                    i++;
                    continue;
                }

                if (word.Length == 1 && char.IsUpper(word[0]))
                    return i + 1;
                if (word.Contains('.') || IsAbbreviation(word))
                    return i + 1;
            }

            break;
        }

        return i;
    }

    /// <summary>A quoted nickname inside a name (<c>Marcia "Cia" Price</c>): one or two capitalised words between two capitalised words.</summary>
    private static bool IsNickname(string text, QuoteSpan span)
    {
        var content = text.AsSpan(span.ContentStart, span.ContentEnd - span.ContentStart);
        if (content.Length is 0 or > 24 || !char.IsUpper(content[0]) || content.Count(' ') > 1)
            return false;
        foreach (var c in content)
        {
            if (!(char.IsLetter(c) || c is ' ' or '.' or '-' or '\'' or '\u2019'))
                return false;
        }

        var before = span.Open - 1;
        var after = span.Close + 1;
        return before >= 1 && after + 1 < text.Length && text[before] == ' ' && text[after] == ' '
            && char.IsLetter(text[before - 1]) && char.IsUpper(text[after + 1]) && char.IsUpper(WordBefore(text, before - 1));
    }

    private static char WordBefore(string text, int last)
    {
        var i = last;
        while (i > 0 && char.IsLetter(text[i - 1]))
            i--;
        return text[i];
    }

    private static bool IsCombining(char c) =>
        c >= '\u0300' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>C1 controls and Latin-1 symbols that a mis-decoded UTF-8 letter leaves inside a word; never the no-break space or guillemets.</summary>
    private static bool IsMojibake(char c) => c is >= '\u0080' and <= '\u00BF' and not ('\u00A0' or '\u00AB' or '\u00BB');

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        var lookup = Lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        var last = word.LastIndexOf('-');
        return lookup.Contains(word) || (last >= 0 && lookup.Contains(word[(last + 1)..]));
    }

    /// <summary>The dash ending a run-in heading in capitals at paragraph start (two or more words), or -1.</summary>
    private static int HeadingDash(Token[] tokens, int first)
    {
        var words = 0;
        for (var t = first; t < tokens.Length && t < first + 16 && tokens[t].Paragraph == tokens[first].Paragraph; t++)
        {
            var tok = tokens[t];
            if (tok.Kind == TokenKind.Punct && tok.Text[0] is '\u2014' or '\u2013')
                return words >= 2 ? t : -1;
            if (!tok.IsWord || tok.Quote >= 0 || !IsCapitals(tok.Text))
                return -1;
            words++;
        }

        return -1;
    }

    /// <summary>The words of a news site's photo-caption label, which pages scraped with their captions put before each caption.</summary>
    private static readonly string[] CaptionLabel = ["Open", "this", "photo", "in", "gallery"];

    /// <summary>
    /// The last token of a photo-caption label at paragraph start ("Open this photo in gallery Canadian boccia player Ann
    /// Roe competes …"), or -1: the caption is a sentence of its own, so none of the label's words is a role ("gallery").
    /// </summary>
    private static int CaptionLabelEnd(Token[] tokens, int first)
    {
        if (first + CaptionLabel.Length >= tokens.Length)
            return -1;
        for (var i = 0; i < CaptionLabel.Length; i++)
        {
            var tok = tokens[first + i];
            if (!tok.IsWord || tok.Paragraph != tokens[first].Paragraph || !string.Equals(tok.Text, CaptionLabel[i], StringComparison.OrdinalIgnoreCase))
                return -1;
        }

        return first + CaptionLabel.Length - 1;
    }

    private static bool IsCapitals(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }

        return letters > 0;
    }

    /// <summary>What <see cref="AssignSentences"/> reads after the last token: punctuation that ends nothing.</summary>
    private static readonly Token PastTheEnd = new() { Kind = TokenKind.Punct, Text = "" };

    private static void AssignSentences(Token[] tokens)
    {
        var sentence = 0;
        var paragraph = 0;
        var headingEnd = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref var token = ref tokens[t];
            if (token.Paragraph != paragraph || t == 0)
            {
                if (token.Paragraph != paragraph && (token.Quote < 0 || token.Kind == TokenKind.OpenMark))
                    sentence++;
                paragraph = token.Paragraph;
                headingEnd = HeadingDash(tokens, t);
                if (headingEnd < 0)
                    headingEnd = CaptionLabelEnd(tokens, t);
            }
            else if (t == headingEnd + 1)
            {
                sentence++; // "CONGRESS HAS INVESTIGATED HIM — Oz's advice ...": the capitals are a heading; "Open this photo in gallery Canadian …": a label
            }

            token.Sentence = sentence;
            ref readonly var next = ref t + 1 < tokens.Length ? ref tokens[t + 1] : ref PastTheEnd;
            if (token.Kind == TokenKind.CloseMark)
            {
                ref readonly var before = ref tokens[t - 1];
                if (before.Kind == TokenKind.Punct && before.Text[0] is '.' or '!' or '?'
                    && (next.Kind == TokenKind.OpenMark || (next.Kind == TokenKind.Word && next.Text.Length > 0 && char.IsUpper(next.Text[0]))))
                    sentence++;
            }
            else if (token.Quote < 0 && token.Kind == TokenKind.Punct && token.Text[0] is '.' or '!' or '?'
                && next.Kind != TokenKind.CloseMark)
            {
                sentence++;
            }
        }
    }
}

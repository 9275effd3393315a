using System.Text;

namespace QuoteCheck.Core.Linking;

/// <summary>
/// A quote's words as outlets agree on them: lower case, accents folded, punctuation, quotation marks and white
/// space dropped, apostrophes joined ("don’t" and "don't" are <c>dont</c>), thousands separators joined
/// (<c>30,000</c> is <c>30000</c>), editorial insertions in square brackets dropped (<c>he [Trump] said</c>), and
/// omissions (an ellipsis, or <c>[...]</c>) kept as gaps between segments, since the words on either side of an
/// omission were not said next to each other.
/// </summary>
/// <param name="Words">The words in order.</param>
/// <param name="SegmentStarts">Index into <paramref name="Words"/> of the first word of each segment; a new segment starts after each omission. Always starts with 0 when there are words.</param>
public sealed record QuoteText(IReadOnlyList<string> Words, IReadOnlyList<int> SegmentStarts)
{
    /// <summary>The separator of segments in <see cref="ToString"/>.</summary>
    public const char GapMarker = '|';

    /// <summary>How far a <c>[</c> may be from its <c>]</c> for the brackets to count as an editorial insertion.</summary>
    private const int MaxInsertion = 80;

    // Base letters for U+0100–U+017F (Latin Extended-A), two entries per upper/lower pair; Œœ and Ĳĳ are handled apart.
    private const string ExtendedA =
        "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "ii" + "jj" + "kkk" +
        "llllllllll" + "nnnnnnnnn" + "oooooo" + "oo" + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" +
        "zzzzzz" + "s";

    // Base letters for U+00E0–U+00FF (lower-case Latin-1); '\0' marks the two that are not letters (÷) or expand (æ, þ, ß).
    private const string Latin1 = "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y";

    /// <summary>The number of words.</summary>
    public int WordCount => Words.Count;

    /// <summary>The words of each segment.</summary>
    public IEnumerable<ArraySegment<string>> Segments()
    {
        var words = Words as string[] ?? [.. Words];
        for (var i = 0; i < SegmentStarts.Count; i++)
        {
            var start = SegmentStarts[i];
            var end = i + 1 < SegmentStarts.Count ? SegmentStarts[i + 1] : words.Length;
            if (end > start)
            {
                yield return new ArraySegment<string>(words, start, end - start);
            }
        }
    }

    /// <summary>The normalized text: words separated by spaces, segments by <c> | </c>. <see cref="Parse"/> reads it back.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        var segment = 1;
        for (var i = 0; i < Words.Count; i++)
        {
            if (i > 0)
            {
                if (segment < SegmentStarts.Count && SegmentStarts[segment] == i)
                {
                    builder.Append(' ').Append(GapMarker).Append(' ');
                    segment++;
                }
                else
                {
                    builder.Append(' ');
                }
            }

            builder.Append(Words[i]);
        }

        return builder.ToString();
    }

    /// <summary>Reads back what <see cref="ToString"/> wrote (as stored beside an index row).</summary>
    public static QuoteText Parse(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = new List<string>();
        var starts = new List<int>();
        var gap = true;
        foreach (var part in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length == 1 && part[0] == GapMarker)
            {
                gap = true;
                continue;
            }

            if (gap)
            {
                starts.Add(words.Count);
                gap = false;
            }

            words.Add(part);
        }

        return new QuoteText(words.ToArray(), starts.ToArray());
    }

    /// <summary>Normalizes <paramref name="text"/>: one pass, each character looked at a bounded number of times.</summary>
    public static QuoteText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var starts = new List<int>();
        var word = new StringBuilder();
        var gapPending = true;

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            if (gapPending)
            {
                starts.Add(words.Count);
                gapPending = false;
            }

            words.Add(word.ToString());
            word.Clear();
        }

        void Gap()
        {
            EndWord();
            gapPending = true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(word, char.ToLowerInvariant(c));
                continue;
            }

            switch (c)
            {
                case >= '\u0300' and <= '\u036F':
                    // A combining accent: part of the letter before it, folded away.
                    continue;
                case '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '`' or '\u00B4':
                    // Inside a word ("don’t", "Erdogan's") an apostrophe joins; elsewhere it is a quotation mark.
                    if (word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        continue;
                    }

                    EndWord();
                    continue;
                case ',' or '.' when word.Length > 0 && char.IsAsciiDigit(word[^1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]):
                    // 30,000 and 3.5: one number however it is written.
                    continue;
                case '\u2026':
                    Gap();
                    continue;
                case '.':
                    var dots = 1;
                    var j = i + 1;
                    while (j < text.Length && (text[j] == '.' || (text[j] == ' ' && j + 1 < text.Length && text[j + 1] == '.')))
                    {
                        dots += text[j] == '.' ? 1 : 0;
                        j++;
                    }

                    if (dots >= 2)
                    {
                        Gap();
                        i = j - 1;
                    }
                    else
                    {
                        EndWord();
                    }

                    continue;
                case '[':
                    var close = text.IndexOf(']', i + 1, Math.Min(MaxInsertion, text.Length - i - 1));
                    if (close < 0)
                    {
                        EndWord();
                        continue;
                    }

                    // "[Trump]" is the outlet's word, not the speaker's; "[...]" marks an omission.
                    var inside = text.AsSpan(i + 1, close - i - 1);
                    if (inside.Contains("..", StringComparison.Ordinal) || inside.Contains('\u2026'))
                    {
                        Gap();
                    }
                    else
                    {
                        EndWord();
                    }

                    i = close;
                    continue;
                default:
                    EndWord();
                    continue;
            }
        }

        EndWord();
        return new QuoteText(words.ToArray(), starts.ToArray());
    }

    private static void AppendFolded(StringBuilder word, char c)
    {
        switch (c)
        {
            case >= '\u00E0' and <= '\u00FF':
                var folded = Latin1[c - '\u00E0'];
                if (folded != '\0')
                {
                    word.Append(folded);
                }
                else
                {
                    word.Append(c switch { '\u00E6' => "ae", '\u00FE' => "th", _ => string.Empty });
                }

                return;
            case '\u00DF':
                word.Append("ss");
                return;
            case '\u0152' or '\u0153':
                word.Append("oe");
                return;
            case '\u0132' or '\u0133':
                word.Append("ij");
                return;
            case >= '\u0100' and <= '\u017F':
                word.Append(ExtendedA[c - '\u0100']);
                return;
            case '\uFB01':
                word.Append("fi");
                return;
            case '\uFB02':
                word.Append("fl");
                return;
            default:
                word.Append(c);
                return;
        }
    }
}

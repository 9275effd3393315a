using System.Globalization;
using System.Text;
using QuoteCheck.Core.Linking;

namespace QuoteCheck.Cli.Linking;

/// <summary>
/// Builds the labelled linking set from base statements (<c>tests/linking/statements.tsv</c>): for each statement
/// its original, and a seeded choice of what outlets do to a quote (reprints, case, marks, punctuation, spacing,
/// omissions, words cut at either end, parts quoted by the same speaker, editorial insertions, a word changed, the
/// same words given to someone else); plus the quotes that must stay unlinked (a part of a statement given to
/// another speaker, a statement quoted inside someone else's quote, short remarks many people make). The same
/// statements and seed give the same set, line for line.
/// </summary>
internal sealed class LinkSetGenerator(IReadOnlyList<Statement> statements, int seed)
{
    private static readonly string[] Pronouns = ["he", "she", "they", "it", "we", "this", "that"];

    private static readonly (string From, string To)[] Synonyms =
    [
        ("will", "would"), ("going to", "gonna"), ("very", "really"), ("every", "each"), ("before", "until"),
        ("never", "not"), ("must", "should"), ("now", "today"), ("full", "complete"), ("all", "every"),
        ("thousands", "hundreds"), ("our", "the"), ("their", "the"), ("is", "was"), ("are", "were"),
    ];

    private static readonly string[] ShortRemarks =
    [
        "Thank you very much.", "We will win.", "This is a disgrace.", "No comment at this time.", "It is too early to say.",
        "We are very proud.", "I am not going to speculate.", "Absolutely not.",
    ];

    private readonly Random _random = new(seed);
    private readonly List<LabelledQuote> _quotes = [];
    private int _articles;

    /// <summary>Reads <c>speaker TAB kind TAB text</c> lines; <c>#</c> starts a comment.</summary>
    public static IReadOnlyList<Statement> ReadStatements(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => parts.Length == 3 ? new Statement(parts[0], parts[1] == "organization", parts[2]) : throw new FormatException($"Expected speaker, kind and text separated by tabs: {string.Join(" | ", parts)}"))
            .ToList();

    /// <summary>The set, in the order quotes arrive (shuffled with the seed).</summary>
    public IReadOnlyList<LabelledQuote> Generate()
    {
        for (var s = 0; s < statements.Count; s++)
        {
            GenerateStatement(s);
        }

        // Short remarks: the same words by several people (never linked), and twice by one person (linked).
        for (var r = 0; r < ShortRemarks.Length; r++)
        {
            var speakers = Pick(statements.Select(s => s.Speaker).Distinct().ToList(), 3);
            for (var i = 0; i < speakers.Count; i++)
            {
                var group = string.Create(CultureInfo.InvariantCulture, $"r{r:D2}-{i}");
                Add(group, speakers[i], Vary(ShortRemarks[r]), i == 0 ? "short-remark" : "short-remark-other-speaker", original: true, of: i == 0 ? null : $"r{r:D2}-0");
                if (i == 0)
                {
                    Add(group, speakers[i], ShortRemarks[r].ToUpperInvariant(), "short-remark-again");
                }
            }
        }

        // Arrival order: shuffled, so originals do not always come first (as in a real feed).
        var shuffled = _quotes.OrderBy(_ => _random.Next()).ToList();
        return shuffled.Select((q, i) => q with { Id = string.Create(CultureInfo.InvariantCulture, $"q{i + 1:D4}") }).ToList();
    }

    private void GenerateStatement(int index)
    {
        var statement = statements[index];
        var group = string.Create(CultureInfo.InvariantCulture, $"s{index + 1:D2}");
        var words = statement.Text.Split(' ');
        var others = statements.Select(s => s.Speaker).Where(s => s != statement.Speaker).Distinct().ToList();
        var misattributedTo = others[_random.Next(others.Count)];
        var partGivenTo = others.Where(o => o != misattributedTo).ElementAt(_random.Next(others.Count - 1));

        Add(group, statement.Speaker, statement.Text, "original", original: true);

        // What outlets do: each statement gets a seeded handful of these, some combined.
        var variations = new List<(string Name, Func<string?> Make, bool OwnSpeaker)>
        {
            ("reprint", () => statement.Text, true),
            ("case", () => _random.Next(2) == 0 ? statement.Text.ToUpperInvariant() : TitleCase(statement.Text), true),
            ("marks", () => SwapMarks(statement.Text), true),
            ("punctuation", () => Punctuation(statement.Text), true),
            ("whitespace", () => Whitespace(words), true),
            ("ellipsis", () => Ellipsis(words), true),
            ("trim-start", () => Trim(words, _random.Next(1, 4), 0), true),
            ("trim-end", () => Trim(words, 0, _random.Next(1, 4)), true),
            ("trim-both", () => Trim(words, _random.Next(1, 3), _random.Next(1, 3)), true),
            ("part", () => Part(words, 5, 12), true),
            ("short-part", () => Part(words, 3, 4), true),
            ("bracket", () => Bracket(words, statement), true),
            ("word-changed", () => WordChanged(statement.Text), true),
            ("combined", () => SwapMarks(Trim(Punctuation(statement.Text).Split(' '), _random.Next(0, 3), _random.Next(1, 3)) ?? statement.Text), true),
            ("misattributed", () => _random.Next(2) == 0 ? statement.Text : SwapMarks(statement.Text), false),
        };

        foreach (var (name, make, ownSpeaker) in Pick(variations, _random.Next(5, 9)))
        {
            if (make() is not { Length: > 0 } text)
            {
                continue;
            }

            var speaker = ownSpeaker ? SpeakerAsWritten(statement) : misattributedTo;
            Add(group, speaker, text, name);
        }

        // Must stay unlinked: a part of the statement given to someone else.
        if (_random.Next(3) > 0 && Part(words, 5, 10) is { } part)
        {
            Add(group + "-x", partGivenTo, part, "other-speaker-part", of: group);
        }

        // Must stay unlinked: someone else's quote that quotes a part of this one.
        if (_random.Next(3) == 0 && Part(words, 6, 10) is { } quoted)
        {
            var critics = others.Where(o => o != misattributedTo).ToList();
            var critic = critics[_random.Next(critics.Count)];
            Add(group + "-q", critic, $"They told us that {Lower(quoted).TrimEnd('.', ',')}, and frankly that is simply not what happened on the ground.", "quoted-inside-another", of: group);
        }
    }

    private void Add(string group, string speaker, string text, string variation, bool original = false, string? of = null)
    {
        // Roughly three quotes to an article, as in a feed where a story carries several statements.
        var article = string.Create(CultureInfo.InvariantCulture, $"a{(_articles++ / 3) + 1:D4}");
        _quotes.Add(new LabelledQuote(string.Empty, article, speaker, text, group, variation, original, of));
    }

    /// <summary>A person is often called by their surname alone in another article.</summary>
    private string SpeakerAsWritten(Statement statement) =>
        !statement.IsOrganization && _random.Next(3) == 0 ? statement.Speaker.Split(' ')[^1] : statement.Speaker;

    private List<T> Pick<T>(IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => _random.Next()).Take(Math.Min(count, items.Count)).ToList();

    private string Vary(string text) => _random.Next(3) switch
    {
        0 => text.ToLowerInvariant(),
        1 => text.TrimEnd('.'),
        _ => text,
    };

    private static string TitleCase(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private string SwapMarks(string text)
    {
        if (text.Contains('\'', StringComparison.Ordinal))
        {
            return text.Replace('\'', '\u2019');
        }

        if (text.Contains('\u2019', StringComparison.Ordinal))
        {
            return text.Replace('\u2019', '\'');
        }

        // No apostrophe: an outlet puts a phrase in inner quotation marks.
        var words = text.Split(' ');
        var at = _random.Next(Math.Max(1, words.Length - 2));
        words[at] = "\u2018" + words[at];
        words[Math.Min(at + 1, words.Length - 1)] += "\u2019";
        return string.Join(' ', words);
    }

    private string Punctuation(string text)
    {
        var result = _random.Next(3) switch
        {
            0 => text.Replace(",", string.Empty, StringComparison.Ordinal),
            1 => ReplaceFirst(text, ", ", " \u2014 "),
            _ => text.Replace(", ", "; ", StringComparison.Ordinal),
        };
        return result.EndsWith('.') && _random.Next(2) == 0 ? result[..^1] + "," : result;
    }

    private string Whitespace(string[] words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(_random.Next(6) switch { 0 => "  ", 1 when i == words.Length / 2 => "\n", _ => " " });
            }

            builder.Append(words[i]);
        }

        return builder.ToString();
    }

    private string? Ellipsis(string[] words)
    {
        if (words.Length < 10)
        {
            return null;
        }

        var cut = _random.Next(2, 6);
        var at = _random.Next(3, words.Length - cut - 2);
        var mark = _random.Next(2) == 0 ? "\u2026" : "...";
        return string.Join(' ', words[..at]) + " " + mark + " " + string.Join(' ', words[(at + cut)..]);
    }

    private string? Trim(string[] words, int start, int end)
    {
        if (words.Length - start - end < 5)
        {
            return null;
        }

        var kept = words[start..^end].ToArray();
        if (start > 0)
        {
            kept[0] = _random.Next(2) == 0 ? char.ToUpperInvariant(kept[0][0]) + kept[0][1..] : kept[0];
        }

        var text = string.Join(' ', kept);
        return end > 0 ? text.TrimEnd(',', ';') + (_random.Next(2) == 0 ? "." : ",") : text;
    }

    private string? Part(string[] words, int min, int max)
    {
        if (words.Length < min + 3)
        {
            return null;
        }

        var length = _random.Next(min, Math.Min(max, words.Length - 2) + 1);
        var start = _random.Next(0, words.Length - length + 1);
        var text = string.Join(' ', words[start..(start + length)]).TrimEnd('.', ',', ';');
        return _random.Next(2) == 0 ? Lower(text) : text;
    }

    private string? Bracket(string[] words, Statement statement)
    {
        var at = Array.FindIndex(words, w => Pronouns.Contains(w.TrimEnd(',', '.').ToLowerInvariant()));
        if (at < 0)
        {
            return null;
        }

        var insertion = "[" + (statement.Speaker == "Recep Tayyip Erdogan" ? "Putin" : "the " + (_random.Next(2) == 0 ? "government" : "minister")) + "]";
        return string.Join(' ', words[..(at + 1)]) + " " + insertion + " " + string.Join(' ', words[(at + 1)..]);
    }

    private string? WordChanged(string text)
    {
        foreach (var (from, to) in Synonyms.OrderBy(_ => _random.Next()))
        {
            var i = text.IndexOf(" " + from + " ", StringComparison.Ordinal);
            if (i >= 0)
            {
                return string.Concat(text.AsSpan(0, i + 1), to, text.AsSpan(i + 1 + from.Length));
            }
        }

        return null;
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        return i < 0 ? text : string.Concat(text.AsSpan(0, i), to, text.AsSpan(i + from.Length));
    }
}

/// <summary>A base statement: who said it, whether they are an organisation, and the words.</summary>
internal sealed record Statement(string Speaker, bool IsOrganization, string Text);

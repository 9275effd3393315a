using System.Buffers;
using System.Runtime.InteropServices;

namespace QuoteCheck.Core.Extraction;

/// <summary>Splits an article into paragraphs and marks the ones that carry no quotes: repeated captions, "Read more" blocks, bylines and credits.</summary>
/// <remarks>Nothing is removed from the text: excluded paragraphs keep their offsets, so quote offsets stay true to the original.</remarks>
internal static class TextCleaner
{
    private const int MinDuplicateLength = 20;
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");
    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(",;:!?\"\u201C\u201D");

    /// <summary>Returns the non-empty lines of <paramref name="text"/> with their clean-up verdicts.</summary>
    public static List<Paragraph> Split(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny(LineBreaks);
            end = end < 0 ? text.Length : start + end;
            var (s, e) = Trim(text, start, end);
            if (e > s)
                lines.Add((s, e));
            start = end + 1;
        }

        // Only a line another shares its length with can be repeated, so only such lines are hashed (most of the text is not).
        var lengthCounts = new Dictionary<int, int>(lines.Count);
        foreach (var (s, e) in lines)
        {
            if (e - s >= MinDuplicateLength)
                CollectionsMarshal.GetValueRefOrAddDefault(lengthCounts, e - s, out _)++;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineCounts = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (s, e) in lines)
        {
            if (e - s >= MinDuplicateLength && lengthCounts[e - s] > 1)
                CollectionsMarshal.GetValueRefOrAddDefault(lineCounts, text.AsSpan(s, e - s), out _)++;
        }

        var paragraphs = new List<Paragraph>(lines.Count);
        var inLinkBlock = false;
        foreach (var (s, e) in lines)
        {
            var line = text.AsSpan(s, e - s);
            var excluded = false;
            if (IsLinkBlockHeader(line))
            {
                inLinkBlock = true;
                excluded = true;
            }
            else if (inLinkBlock && IsHeadlineLike(line))
            {
                excluded = true;
            }
            else
            {
                inLinkBlock = false;
                excluded = (e - s >= MinDuplicateLength && lengthCounts[e - s] > 1 && lineCounts[line] > 1) || IsCredit(line) || IsInlinePromo(line);
            }

            paragraphs.Add(new Paragraph(s, e, excluded));
        }

        return paragraphs;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return (start, end);
    }

    /// <summary>Labels that open a list of links to other stories ("Read more", "Related").</summary>
    private static readonly string[] LinkLabels = ["Read more", "Related", "See also", "Also read", "More from"];

    /// <summary>Labels that, with a colon, set one link in the text ("WATCH: …"); alone they start ordinary lines ("More than …").</summary>
    private static readonly string[] InlineOnlyLabels = ["Watch", "Listen", "More"];

    private static bool IsLinkBlockHeader(ReadOnlySpan<char> line) => line.Length < 40 && LabelAt(line, LinkLabels) >= 0;

    /// <summary>A link to another story set in the text ("READ MORE: Chinese official slams …", "WATCH: Bomb threats …"): its names and quotes are that story's.</summary>
    private static bool IsInlinePromo(ReadOnlySpan<char> line)
    {
        if (line.Length > 200)
            return false;
        var end = Math.Max(LabelAt(line, LinkLabels), LabelAt(line, InlineOnlyLabels));
        return end >= 0 && end < line.Length && line[end] == ':';
    }

    /// <summary>The length of the label in <paramref name="labels"/> that <paramref name="line"/> starts with (ignoring case), or -1.</summary>
    private static int LabelAt(ReadOnlySpan<char> line, string[] labels)
    {
        foreach (var label in labels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                return label.Length;
        }

        return -1;
    }

    private static bool IsHeadlineLike(ReadOnlySpan<char> line) =>
        line.Length <= 150 && line[^1] is not ('.' or '!' or '?' or '"' or '\u201D' or ':');

    /// <summary>
    /// A photo credit on a line of its own: "Neilson Barnard via Getty Images.", "Ann Roe via AP": a few capitalised
    /// words, "via", and a few more, nothing else.
    /// </summary>
    private static bool IsPhotoCredit(ReadOnlySpan<char> line)
    {
        if (line.Length > 80)
            return false;
        var via = line.IndexOf(" via ", StringComparison.Ordinal);
        if (via <= 0)
            return false;
        var source = line[(via + 5)..].TrimEnd('.');
        return IsCapitalisedWords(line[..via], 4) && IsCapitalisedWords(source, 4);
    }

    /// <summary>True when <paramref name="words"/> is one to <paramref name="max"/> words, each capitalised, with no sentence punctuation.</summary>
    private static bool IsCapitalisedWords(ReadOnlySpan<char> words, int max)
    {
        var count = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty || !char.IsUpper(word[0]) || word.IndexOfAny(SentencePunctuation) >= 0 || ++count > max)
                return false;
        }

        return count > 0;
    }

    private static bool IsCredit(ReadOnlySpan<char> line)
    {
        if (line.Length > 200)
            return false;
        if (line.Length < 80 && (line.StartsWith("By ", StringComparison.Ordinal) || line.StartsWith("BY ", StringComparison.Ordinal)))
            return true;
        if (line.StartsWith("(With input from", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Photo", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Image", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Credit", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith('\u00A9'))
            return true;
        if (IsPhotoCredit(line))
            return true;
        var slash = line.LastIndexOf('/');
        return slash >= 0 && line.Length - slash < 40 && slash > 0 && line[slash - 1] == ' '
            && line[(slash + 1)..].IndexOfAny(".!?\"\u201D") < 0;
    }
}

using System.Globalization;

namespace QuoteCheck.Core.Extraction;

/// <summary>Writes extracted quotes as a readable table, the default output of <c>quotecheck extract</c>.</summary>
public static class QuoteTable
{
    /// <summary>Writes the quotes of one file.</summary>
    public static void Write(TextWriter output, string file, IReadOnlyList<ExtractedQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(quotes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {quotes.Count} quote{(quotes.Count == 1 ? string.Empty : "s")}"));
        var n = 0;
        foreach (var q in quotes)
        {
            n++;
            var role = q.Role is null ? string.Empty : $", {q.Role}";
            var mention = q.SpeakerMention is null || q.SpeakerMention == q.Speaker ? string.Empty : $" via \u201C{q.SpeakerMention}\u201D";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n,3}. [{q.Kind.ToString().ToLowerInvariant()} {q.Start}-{q.End}] \u201C{Shorten(q.Text, 150)}\u201D"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"       \u2014 {q.Speaker ?? "(no speaker)"}{role}{mention}; {(q.Cue is null ? "no cue" : $"cue \u201C{q.Cue}\u201D")}; confidence {q.Confidence:0.00}"));
            output.WriteLine($"       {q.Evidence}");
        }
    }

    private static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "\u2026");
    }
}

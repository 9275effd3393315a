using System.Globalization;
using QuoteCheck.Functions.Articles;

namespace QuoteCheck.Cli.Commands;

/// <summary>Prints an article's quotes for a person reading a terminal.</summary>
internal static class QuotePrinter
{
    public static void Print(TextWriter output, string file, ArticleResponse article)
    {
        output.WriteLine();
        if (article.Status != "Processed")
        {
            output.WriteLine($"{file}: article {article.Id} REJECTED: {article.RejectionReason}");
            return;
        }

        var current = article.Quotes.Where(q => !q.Vanished).ToList();
        output.WriteLine($"{file}: article {article.Id}, {current.Count} quote{(current.Count == 1 ? string.Empty : "s")}");
        var n = 0;
        foreach (var quote in current)
        {
            n++;
            output.WriteLine($"  {n}. \u201C{Shorten(quote.Text, 160)}\u201D");
            var mention = quote.SpeakerMention is null || quote.SpeakerMention == quote.Speaker ? string.Empty : $" via \u201C{quote.SpeakerMention}\u201D";
            var role = quote.Role is null ? string.Empty : $", {quote.Role}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"     \u2014 {quote.Speaker ?? "(no speaker found)"}{role}{mention}; {(quote.Cue is null ? "no cue" : $"cue \u201C{quote.Cue}\u201D")}; {quote.Kind}; chars {quote.Start}-{quote.End}; confidence {quote.Confidence:0.00}; {quote.State}"));
        }
    }

    private static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)] + "\u2026";
    }
}

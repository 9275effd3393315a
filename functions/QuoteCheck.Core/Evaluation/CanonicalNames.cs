namespace QuoteCheck.Core.Evaluation;

/// <summary>The evaluation README's rule for whether a predicted canonical speaker names the annotated person.</summary>
/// <remarks>
/// Both names are lower-cased and split into words (letters, digits, <c>'</c> and <c>-</c>; <c>’</c> reads as <c>'</c>);
/// the words <c>the a an mr mrs ms dr sen rep gov president prime minister</c> are dropped unless nothing would be
/// left. The names match when their words are equal, or when they share their last word and one's set of words
/// contains the other's ("Erdogan" names "Recep Tayyip Erdogan"; "Jason LeBlanc" does not name "Ernie LeBlanc").
/// </remarks>
public static class CanonicalNames
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "prime", "minister",
    };

    /// <summary>True when <paramref name="predicted"/> names the same person or organisation as <paramref name="reference"/>.</summary>
    public static bool Matches(string? predicted, string? reference)
    {
        if (string.IsNullOrWhiteSpace(predicted) || string.IsNullOrWhiteSpace(reference))
            return false;
        var p = Words(predicted);
        var r = Words(reference);
        if (p.Count == 0 || r.Count == 0)
            return false;
        if (p.SequenceEqual(r, StringComparer.Ordinal))
            return true;
        if (!string.Equals(p[^1], r[^1], StringComparison.Ordinal))
            return false;
        var ps = p.ToHashSet(StringComparer.Ordinal);
        var rs = r.ToHashSet(StringComparer.Ordinal);
        return ps.IsSubsetOf(rs) || rs.IsSubsetOf(ps);
    }

    /// <summary>The words of <paramref name="name"/> as the rule reads them, with the honorific words dropped unless nothing would be left.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var all = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var raw in name)
        {
            var c = raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || c is '\'' or '-')
            {
                current.Append(c);
                continue;
            }

            Flush();
        }

        Flush();
        var kept = all.Where(w => !Dropped.Contains(w)).ToList();
        return kept.Count > 0 ? kept : all;

        void Flush()
        {
            if (current.Length > 0)
                all.Add(current.ToString());
            current.Clear();
        }
    }
}

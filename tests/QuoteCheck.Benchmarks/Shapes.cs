using System.Text;

namespace QuoteCheck.Benchmarks;

/// <summary>
/// Adversarial inputs of about 1 MB each, one per shape that once cost more than linear time or stresses a bounded
/// look-around: chains of speech verbs, marks with nothing between them, one endless sentence, names and pronouns
/// everywhere, quotes nested and unmatched. The benchmark prints milliseconds per MB for each beside news.
/// </summary>
internal static class Shapes
{
    private const int Size = 1_000_000;

    /// <summary>The shape names, as the benchmark's Input parameter takes them.</summary>
    public static readonly string[] Names = ["said-chain", "comma-said-adding", "marks-only", "endless-sentence", "names-and-pronouns", "nested-unmatched"];

    /// <summary>The text of shape <paramref name="name"/>.</summary>
    public static string Text(string name) => name switch
    {
        "said-chain" => Repeat(i => $"\"w{i}\" said "),
        "comma-said-adding" => Repeat(i => $"\u201Cw{i},\u201D he said, adding that Tom Lee said \u201Cx\u201D and "),
        "marks-only" => Repeat(i => (i % 4) switch { 0 => "\"", 1 => "\u201C", 2 => "\u201D", _ => "\" " }),
        "endless-sentence" => Repeat(i => i % 12 == 0 ? $"Ann Roe said \u201Cthe plan {i}\u201D and " : "the council and the mayor and the board "),
        "names-and-pronouns" => Repeat(i => $"Ann Roe told Bo Lin that he said she told them it was \u201Cfine {i},\u201D they said, "),
        "nested-unmatched" => Repeat(i => $"\u201Ca \u2018b \u201Cc \u2018d said Roe \u00ABe "),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown shape."),
    };

    private static string Repeat(Func<int, string> piece)
    {
        var text = new StringBuilder(Size + 200);
        for (var i = 0; text.Length < Size; i++)
            text.Append(piece(i));
        return text.ToString(0, Size);
    }
}

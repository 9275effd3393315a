using QuoteCheck.Core.Evaluation;

namespace QuoteCheck.Benchmarks;

/// <summary>Benchmark inputs: the seed article and a large corpus (the dev-set texts when present, else the seed repeated).</summary>
internal static class Corpus
{
    private const int SyntheticCopies = 200;

    public static string Root { get; } = FindRoot();

    public static string Seed { get; } = File.ReadAllText(Path.Combine(Root, "seeds", "idlib-erdogan-putin.txt"));

    /// <summary>The large corpus as individual articles, and a description of where it came from.</summary>
    public static (string[] Articles, string Source) Large { get; } = LoadLarge();

    private static (string[] Articles, string Source) LoadLarge()
    {
        var dev = Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval", "polnear-dev.jsonl"));
        if (File.Exists(dev))
            return ([.. EvaluationJson.LoadLabelled(dev).Select(a => a.Text)], "PolNeAR dev set (84 articles)");
        return ([.. Enumerable.Repeat(Seed, SyntheticCopies)], $"seed article x{SyntheticCopies} (dev set absent)");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteCheck.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("QuoteCheck.sln not found above " + AppContext.BaseDirectory);
    }
}

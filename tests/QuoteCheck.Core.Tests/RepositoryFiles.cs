namespace QuoteCheck.Core.Tests;

/// <summary>Finds files relative to the repository root (the folder holding QuoteCheck.sln).</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The seed article's text.</summary>
    public static string ReadSeed() => File.ReadAllText(Path.Combine(Root, "seeds", "idlib-erdogan-putin.txt"));

    /// <summary>A shared labelled file beside the repository (../shared/eval/<paramref name="file"/>), which may be absent.</summary>
    public static string SharedEvalPath(string file) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval", file));

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

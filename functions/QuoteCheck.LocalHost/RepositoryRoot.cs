namespace QuoteCheck.LocalHost;

/// <summary>Finds the repository's root folder (the one holding QuoteCheck.sln and package.json).</summary>
public static class RepositoryRoot
{
    /// <summary>The root above the current folder or above this program, or null when run outside the repository.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "QuoteCheck.sln")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}

namespace QuoteCheck.Integration.Tests.Infrastructure;

/// <summary>The repository's seed article, copied next to the tests at build time.</summary>
public static class Seeds
{
    public static string IdlibArticle => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "idlib-erdogan-putin.txt"));
}

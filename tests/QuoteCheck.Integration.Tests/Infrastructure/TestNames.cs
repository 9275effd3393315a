namespace QuoteCheck.Integration.Tests.Infrastructure;

/// <summary>Unique table prefixes and queue names, so test classes never see each other's data.</summary>
public static class TestNames
{
    public static string TablePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static string Queue() => "q-" + Guid.NewGuid().ToString("N")[..12];
}

namespace QuoteCheck.Core.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Builds() => Assert.True(typeof(QuoteCheck.Core.Extraction.IQuoteExtractor).IsInterface);
}

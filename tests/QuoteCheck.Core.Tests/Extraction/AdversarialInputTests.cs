using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Tests.Extraction;

public class AdversarialInputTests
{
    private const int Size = 300_000;

    [Theory]
    [InlineData('\u201C')]
    [InlineData('"')]
    [InlineData('\u2018')]
    [InlineData('\u00AB')]
    public void UnmatchedOpeningMarks_CompleteWithNoQuotes(char mark)
    {
        var text = string.Concat(Enumerable.Repeat($"{mark}word said Tom Smith ", Size / 20));
        var quotes = new QuoteExtractor().Extract(text, TestContext.Current.CancellationToken);
        Assert.All(quotes, q => Assert.Equal(q.Text, text[q.Start..q.End]));
    }

    [Fact]
    public void OneHugeParagraphOfMarks_Completes()
    {
        var text = new string('"', Size) + new string('\u201D', Size);
        var quotes = new QuoteExtractor().Extract(text, TestContext.Current.CancellationToken);
        Assert.All(quotes, q => Assert.InRange(q.Start, 0, text.Length));
    }

    [Fact]
    public void EmptyAndWhitespaceText_GiveNoQuotes()
    {
        Assert.Empty(new QuoteExtractor().Extract(string.Empty, TestContext.Current.CancellationToken));
        Assert.Empty(new QuoteExtractor().Extract(" \r\n\r\n \t", TestContext.Current.CancellationToken));
    }
}

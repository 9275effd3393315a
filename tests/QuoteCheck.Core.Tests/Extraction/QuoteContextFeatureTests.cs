using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Tests.Extraction;

/// <summary>What the quote classifier is told about the quotes around a candidate.</summary>
public sealed class QuoteContextFeatureTests
{
    private static readonly int RecentUnattributed = Array.IndexOf(QuoteFeatures.Names, "RecentUnattributedShare");

    [Fact]
    public void AfterAListOfQuotedWordsWithNoSpeaker_TheClassifierSeesThatNoneWasAttributed()
    {
        const string text = "The school\u2019s list of overused words this year holds \u201Cpivot,\u201D \u201Cbandwidth,\u201D \u201Csynergy\u201D and \u201Cdeep dive.\u201D\n\n"
            + "Judges also added \u201Ccircle back\u201D to it.";
        var candidates = new QuoteExtractor().Candidates(text, TestContext.Current.CancellationToken);

        Assert.Equal(5, candidates.Count);
        Assert.Equal(-1, candidates[0].Features[RecentUnattributed]); // nothing before the first
        Assert.Equal(1, candidates[^1].Features[RecentUnattributed]);
    }

    [Fact]
    public void AfterQuotesThatEachHaveASpeaker_TheShareIsNone()
    {
        const string text = "\u201CWe will appeal,\u201D Ann Roe said.\n\n\u201CThe ruling is wrong,\u201D Bo Lin said.\n\n\u201CIt changes nothing,\u201D Cy Day said.";
        var candidates = new QuoteExtractor().Candidates(text, TestContext.Current.CancellationToken);

        Assert.Equal(3, candidates.Count);
        Assert.Equal(0, candidates[^1].Features[RecentUnattributed]);
    }
}

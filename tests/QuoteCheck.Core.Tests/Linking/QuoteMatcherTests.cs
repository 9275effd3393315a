using QuoteCheck.Core.Linking;

namespace QuoteCheck.Core.Tests.Linking;

/// <summary>The linking rule on the cases a desk meets.</summary>
public class QuoteMatcherTests
{
    private static readonly LinkThresholds Rule = LinkThresholds.Default;

    private static LinkRelation? Relate(string a, string? speakerA, string b, string? speakerB) =>
        QuoteMatcher.Relate(QuoteFingerprint.Of(a), speakerA, QuoteFingerprint.Of(b), speakerB, Rule);

    [Fact]
    public void TheSameWords_AreTheSameQuote_EvenGivenToSomeoneElse() =>
        Assert.Equal(LinkRelation.Same, Relate(
            "Our militaries are in constant contact. The main thing is that we now focus on negotiations.", "Dmitry Peskov",
            "“Our militaries are in constant contact — the main thing is that we now focus on negotiations”", "Sergei Lavrov"));

    [Fact]
    public void AFewWordsCutAtEitherEnd_IsAVariant() =>
        Assert.Equal(LinkRelation.Variant, Relate(
            "I will go to Moscow on Thursday to discuss the developments in Syria with Mr. Putin.", "Recep Tayyip Erdogan",
            "go to Moscow on Thursday to discuss the developments in Syria with Mr. Putin", "Erdogan"));

    [Fact]
    public void APartBySameSpeaker_IsLinked_ByAnotherSpeaker_IsNot()
    {
        const string full = "Russia attaches great importance to cooperation with our Turkish partners, and this remains a top priority for the Kremlin.";
        const string part = "great importance to cooperation with our Turkish partners,";

        Assert.Equal(LinkRelation.PartOf, Relate(part, "Peskov", full, "Dmitry Peskov"));
        Assert.Equal(LinkRelation.Contains, Relate(full, "Dmitry Peskov", part, "Peskov"));
        Assert.Null(Relate(part, "Recep Tayyip Erdogan", full, "Dmitry Peskov"));
        Assert.Null(Relate(part, null, full, "Dmitry Peskov"));
    }

    [Fact]
    public void AShortRemark_IsLinkedOnlyForTheSameSpeaker()
    {
        Assert.Null(Relate("Thank you very much.", "Helena Marsh", "Thank you very much", "Tomas Varga"));
        Assert.Equal(LinkRelation.Same, Relate("Thank you very much.", "Helena Marsh", "THANK YOU VERY MUCH", "Marsh"));
    }

    [Fact]
    public void NamesakesAreDifferentSpeakers() =>
        Assert.Null(Relate("a top priority for the government", "Jason LeBlanc", "This is a top priority for the government and for me.", "Ernie LeBlanc"));

    [Fact]
    public void DifferentStatementsSharingAPhrase_AreNotLinked() =>
        Assert.Null(Relate(
            "We will not accept any ceasefire that leaves terrorist groups in control of Idlib.", "Recep Tayyip Erdogan",
            "We will not accept any deal that ignores the millions of refugees already living on our southern border.", "Recep Tayyip Erdogan"));

    [Fact]
    public void AStatementQuotedInsideSomeoneElsesQuote_IsNotLinked() =>
        Assert.Null(Relate(
            "They told us that this budget does not raise a single tax on working families, and frankly that is simply not what happened.", "Tomas Varga",
            "This budget does not raise a single tax on working families, and it still brings the deficit down.", "Helena Marsh"));
}

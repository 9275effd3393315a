using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Tests.Extraction;

/// <summary>The word-list questions the learned features ask, and that the ranker is shown the answer.</summary>
public sealed class LexiconTests
{
    [Theory]
    [InlineData("admitted")]
    [InlineData("admitting")]
    [InlineData("quipped")]
    [InlineData("concurred")]
    [InlineData("snapped")]
    [InlineData("replied")]
    public void ASpeechVerb_IsASpeechVerbInItsInflectedForms_DoubledConsonantsIncluded(string form)
    {
        Assert.Contains(form, (IReadOnlySet<string>)Lexicon.SpeechVerbs);
    }

    [Theory]
    [InlineData("referred")]
    [InlineData("referring")]
    public void AStanceVerbStressedOnItsLastSyllable_DoublesItsConsonant(string form)
    {
        Assert.Contains(form, (IReadOnlySet<string>)Lexicon.StanceVerbs);
    }

    [Theory]
    [InlineData("spokesman")]
    [InlineData("officials")]
    [InlineData("department")]
    [InlineData("companies")]
    [InlineData("report")]
    [InlineData("couple")]
    [InlineData("crowd")]
    public void ANounForARolePersonOrganisationOrDocument_IsAnAgentNoun(string word)
    {
        Assert.True(Lexicon.IsAgentNoun(word));
    }

    [Theory]
    [InlineData("formula")]
    [InlineData("loophole")]
    [InlineData("wins")]
    [InlineData("attacks")]
    [InlineData("Spokesman")] // capitalised: a name's word, which other features describe
    [InlineData("")]
    public void AnyOtherWord_IsNoAgentNoun(string word)
    {
        Assert.False(Lexicon.IsAgentNoun(word));
    }

    [Fact]
    public void TheMentionRanker_SeesWhetherACandidatesHeadCanSpeak()
    {
        var text = "The department said the tax loophole called an \u201Cinversion\u201D must close.";
        var candidate = Assert.Single(new QuoteExtractor().Candidates(text, TestContext.Current.CancellationToken));
        var agent = Array.IndexOf(MentionFeatures.Names, "AgentNoun");
        var byMention = candidate.Mentions.ToDictionary(m => text[m.Start..m.End], m => m.Features[agent]);
        Assert.Equal(1, byMention["The department"]);
        Assert.Equal(0, byMention["the tax loophole"]);
    }

    [Theory]
    [InlineData("The director makes this clear in her new documentary \u201C13th.\u201D", "PrevWorkNoun")]
    [InlineData("Bo Lin took calls on his \u201CKeeping It Real\u201D radio program on Sunday.", "NextWorkNoun")]
    public void TheQuoteClassifier_SeesAWorkNounBesideTheQuote(string text, string feature)
    {
        var candidate = Assert.Single(new QuoteExtractor().Candidates(text, TestContext.Current.CancellationToken));
        Assert.Equal(1, candidate.Features[Array.IndexOf(QuoteFeatures.Names, feature)]);
        Assert.Equal(0, candidate.Features[Array.IndexOf(QuoteFeatures.Names, feature == "PrevWorkNoun" ? "NextWorkNoun" : "PrevWorkNoun")]);
    }
}

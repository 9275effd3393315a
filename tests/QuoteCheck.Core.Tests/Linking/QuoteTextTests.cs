using QuoteCheck.Core.Linking;

namespace QuoteCheck.Core.Tests.Linking;

/// <summary>What outlets change about a quote does not change its normalized words or its key.</summary>
public class QuoteTextTests
{
    private const string Original = "Our militaries are in constant contact. The main thing is that we now focus on negotiations between Putin and Erdogan,";

    [Theory]
    [InlineData("OUR MILITARIES ARE IN CONSTANT CONTACT. THE MAIN THING IS THAT WE NOW FOCUS ON NEGOTIATIONS BETWEEN PUTIN AND ERDOGAN.")]
    [InlineData("our militaries are in constant contact; the main thing is that we now focus on negotiations between Putin and Erdogan")]
    [InlineData("Our  militaries are in constant contact —\nthe main thing is that we now focus on “negotiations” between Putin and Erdoğan!")]
    [InlineData("Our militaries are in constant contact. The main thing is that we [Russia] now focus on negotiations between Putin and Erdogan")]
    public void CaseMarksPunctuationSpacingAccentsAndInsertions_GiveTheSameKey(string copy) =>
        Assert.Equal(QuoteFingerprint.Of(Original).Key, QuoteFingerprint.Of(copy).Key);

    [Fact]
    public void ApostrophesJoin_StraightOrCurly()
    {
        Assert.Equal(["i", "dont", "think", "its", "over"], QuoteText.Normalize("I don’t think it's over").Words);
        Assert.Equal(QuoteFingerprint.Of("We can't afford it.").Key, QuoteFingerprint.Of("We can’t afford it").Key);
    }

    [Fact]
    public void NumbersKeepTheirDigitsHoweverTheyAreGrouped() =>
        Assert.Equal(["find", "the", "30000", "emails"], QuoteText.Normalize("find the 30,000 emails").Words);

    [Theory]
    [InlineData("we will find a solution … to this affair")]
    [InlineData("we will find a solution ... to this affair")]
    [InlineData("we will find a solution . . . to this affair")]
    [InlineData("we will find a solution [...] to this affair")]
    public void AnOmission_SplitsTheQuoteIntoSegments(string text)
    {
        var normalized = QuoteText.Normalize(text);

        Assert.Equal(["we", "will", "find", "a", "solution", "to", "this", "affair"], normalized.Words);
        Assert.Equal([0, 5], normalized.SegmentStarts);
        Assert.Equal("we will find a solution | to this affair", normalized.ToString());
    }

    [Fact]
    public void TheStoredForm_ReadsBackToTheSameWordsAndSegments()
    {
        var normalized = QuoteText.Normalize("First part… second part, and [more] words");

        var read = QuoteText.Parse(normalized.ToString());

        Assert.Equal(normalized.Words, read.Words);
        Assert.Equal(normalized.SegmentStarts, read.SegmentStarts);
        Assert.Equal(QuoteFingerprint.From(normalized).Key, QuoteFingerprint.From(read).Key);
    }

    [Fact]
    public void AnUnclosedBracket_IsPunctuation_NotAnInsertion() =>
        Assert.Equal(["the", "plan", "a", "draft", "was", "leaked"], QuoteText.Normalize("the plan [a draft was leaked").Words);

    [Fact]
    public void NothingButPunctuation_HasNoWords()
    {
        var fingerprint = QuoteFingerprint.Of(" … — “” ");

        Assert.Equal(0, fingerprint.WordCount);
        Assert.Empty(fingerprint.Anchors);
    }
}

using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Tests.Review;

/// <summary>The action names the API accepts and returns.</summary>
public class ReviewActionWireNameTests
{
    [Theory]
    [InlineData(ReviewAction.Claim, "claim")]
    [InlineData(ReviewAction.Release, "release")]
    [InlineData(ReviewAction.Verify, "verify")]
    [InlineData(ReviewAction.Misattribute, "misattribute")]
    [InlineData(ReviewAction.Misquote, "misquote")]
    [InlineData(ReviewAction.MarkUnverifiable, "markUnverifiable")]
    [InlineData(ReviewAction.RejectAsNotAQuote, "rejectAsNotAQuote")]
    [InlineData(ReviewAction.Reopen, "reopen")]
    [InlineData(ReviewAction.Publish, "publish")]
    public void ToWireName_IsTheLowerCamelNameAndParsesBack(ReviewAction action, string wireName)
    {
        Assert.Equal(wireName, action.ToWireName());
        Assert.Equal(action, ReviewActions.Parse(wireName));
    }

    [Fact]
    public void WireNames_ListsEveryActionInDeclarationOrder() =>
        Assert.Equal(
            ["claim", "release", "verify", "misattribute", "misquote", "markUnverifiable", "rejectAsNotAQuote", "reopen", "publish"],
            ReviewActions.WireNames);

    [Fact]
    public void ToWireName_OfAnUndefinedAction_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ReviewAction)99).ToWireName());

    [Theory]
    [InlineData("markUnverifiable", ReviewAction.MarkUnverifiable)]
    [InlineData("MarkUnverifiable", ReviewAction.MarkUnverifiable)]
    [InlineData("MARKUNVERIFIABLE", ReviewAction.MarkUnverifiable)]
    [InlineData("mark-unverifiable", ReviewAction.MarkUnverifiable)]
    [InlineData("mark_unverifiable", ReviewAction.MarkUnverifiable)]
    [InlineData("Mark-Unverifiable", ReviewAction.MarkUnverifiable)]
    [InlineData("reject-as-not-a-quote", ReviewAction.RejectAsNotAQuote)]
    [InlineData("REJECT_AS_NOT_A_QUOTE", ReviewAction.RejectAsNotAQuote)]
    [InlineData("  publish\n", ReviewAction.Publish)]
    [InlineData("Claim", ReviewAction.Claim)]
    public void Parse_AcceptsCaseAndSeparatorVariants(string value, ReviewAction expected)
    {
        Assert.Equal(expected, ReviewActions.Parse(value));
        Assert.True(ReviewActions.TryParse(value, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("0")]
    [InlineData("8")]
    [InlineData("claim,publish")]
    [InlineData("mark--unverifiable")]
    [InlineData("mark-un-verifiable")]
    [InlineData("mark unverifiable")]
    [InlineData("reopened")]
    public void Parse_OfAnUnknownName_IsRefusedListingTheKnownOnes(string value)
    {
        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewActions.Parse(value));

        Assert.Equal("action", refused.Field);
        Assert.Equal(
            $"'{value}' is not a review action; expected one of: claim, release, verify, misattribute, misquote, markUnverifiable, rejectAsNotAQuote, reopen, publish.",
            refused.Message);
        Assert.False(ReviewActions.TryParse(value, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_OfAMissingName_SaysTheActionIsRequired(string? value)
    {
        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewActions.Parse(value));

        Assert.Equal("action", refused.Field);
        Assert.StartsWith("'action' is required; expected one of: claim, ", refused.Message, StringComparison.Ordinal);
        Assert.False(ReviewActions.TryParse(value, out _));
    }

    [Fact]
    public void Parse_OfAHugeUnknownName_EchoesOnlyItsStart()
    {
        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewActions.Parse(new string('x', 10_000)));

        Assert.StartsWith($"'{new string('x', 64)}…' is not a review action;", refused.Message, StringComparison.Ordinal);
        Assert.True(refused.Message.Length < 300);
    }
}

using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Tests.Review;

/// <summary>Reading state names from storage and from the <c>?state=</c> filter.</summary>
public class ReviewStateNameTests
{
    [Fact]
    public void Names_AreTheStoredStringsInDeclarationOrder() =>
        Assert.Equal(
            ["New", "InReview", "Verified", "Misattributed", "Misquoted", "Unverifiable", "NotAQuote", "Published"],
            ReviewStates.Names);

    [Theory]
    [InlineData("New", ReviewState.New)]
    [InlineData("inreview", ReviewState.InReview)]
    [InlineData(" NOTAQUOTE ", ReviewState.NotAQuote)]
    [InlineData("Published", ReviewState.Published)]
    public void TryParse_AcceptsNamesIgnoringCase(string value, ReviewState expected)
    {
        Assert.True(ReviewStates.TryParse(value, out var state));
        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("New,Published")]
    [InlineData("Reopened")]
    [InlineData("New' or 'a' eq 'a")]
    public void TryParse_RefusesNumbersListsAndUnknownNames(string? value) =>
        Assert.False(ReviewStates.TryParse(value, out _));
}

using QuoteCheck.Core.Evaluation;

namespace QuoteCheck.Core.Tests.Evaluation;

/// <summary>Pins the evaluation README's word-matching rule for canonical speakers, with the README's own examples.</summary>
public class CanonicalNamesTests
{
    [Theory]
    [InlineData("Erdogan", "Recep Tayyip Erdogan")]
    [InlineData("Recep Tayyip Erdogan", "Erdogan")]
    [InlineData("Darian Lonechild", "darian lonechild")]
    [InlineData("Mr. Putin", "Vladimir Putin")]
    [InlineData("Prime Minister Justin Trudeau", "Justin Trudeau")]
    [InlineData("O\u2019Toole", "Erin O'Toole")]
    [InlineData("the Minister", "Minister")]
    public void Names_TheReference(string predicted, string reference) =>
        Assert.True(CanonicalNames.Matches(predicted, reference), $"'{predicted}' should name '{reference}'");

    [Theory]
    [InlineData("Jason LeBlanc", "Ernie LeBlanc")]
    [InlineData("the company", "Google")]
    [InlineData("Erdogan spokesman", "Recep Tayyip Erdogan")]
    [InlineData("he", "Dmitry Peskov")]
    [InlineData(null, "Google")]
    [InlineData("", "Google")]
    public void DoesNotName_TheReference(string? predicted, string reference) =>
        Assert.False(CanonicalNames.Matches(predicted, reference), $"'{predicted}' should not name '{reference}'");

    [Fact]
    public void Words_DropHonorificsUnlessNothingWouldBeLeft()
    {
        Assert.Equal(["justin", "trudeau"], CanonicalNames.Words("Prime Minister Justin Trudeau"));
        Assert.Equal(["the", "president"], CanonicalNames.Words("The President"));
        Assert.Equal(["o'toole", "d-ore"], CanonicalNames.Words("O\u2019Toole (D-Ore.)"));
    }
}

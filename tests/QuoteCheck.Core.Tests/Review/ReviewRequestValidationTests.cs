using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Tests.Review;

/// <summary>What a transition request must and must not carry, whatever the quote's state.</summary>
public class ReviewRequestValidationTests
{
    public static TheoryData<ReviewAction> ActionsOtherThan(ReviewAction excluded) =>
        [.. Enum.GetValues<ReviewAction>().Where(action => action != excluded)];

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Apply_WithoutReviewer_IsRefused(string? reviewer)
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Claim) with { Reviewer = ReviewRequests.Named(reviewer) };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.New, null, request));

        Assert.Equal("reviewer", refused.Field);
        Assert.Equal("'reviewer' is required: every review transition records who made it.", refused.Message);
    }

    [Fact]
    public void Apply_RecordsTheReviewerTrimmed()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Claim) with { Reviewer = ReviewRequests.Named("  ana  ") };

        Assert.Equal("ana", ReviewWorkflow.Apply(ReviewState.New, null, request).Reviewer);
    }

    [Fact]
    public void Apply_AcceptsAReviewerAtTheLengthLimitOnceTrimmed()
    {
        var reviewer = new string('r', ReviewWorkflow.MaxReviewerLength);
        var request = ReviewRequests.ValidFor(ReviewAction.Claim) with { Reviewer = ReviewRequests.Named($"  {reviewer}  ") };

        Assert.Equal(reviewer, ReviewWorkflow.Apply(ReviewState.New, null, request).Reviewer);
    }

    [Fact]
    public void Apply_WithAReviewerOverTheLimit_IsRefusedSayingTheLimit()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Claim) with { Reviewer = ReviewRequests.Named(new string('r', 257)) };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.New, null, request));

        Assert.Equal("reviewer", refused.Field);
        Assert.Equal("'reviewer' is 257 characters long; the limit is 256.", refused.Message);
    }

    [Theory]
    [InlineData("ana\nroot")]
    [InlineData("ana\u0000")]
    [InlineData("ana\u001b[31m")]
    public void Apply_WithControlCharactersInTheReviewer_IsRefused(string reviewer)
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Claim) with { Reviewer = ReviewRequests.Named(reviewer) };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.New, null, request));

        Assert.Equal("reviewer", refused.Field);
        Assert.Contains("single line", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Misattribute_WithoutCorrectedSpeaker_IsRefused(string? speaker)
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Misattribute) with { CorrectedSpeaker = speaker };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.InReview, null, request));

        Assert.Equal("correctedSpeaker", refused.Field);
        Assert.Equal(
            "'correctedSpeaker' is required for 'misattribute': give the name of the person who actually said it.",
            refused.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Misquote_WithoutCorrectedText_IsRefused(string? text)
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Misquote) with { CorrectedText = text };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.InReview, null, request));

        Assert.Equal("correctedText", refused.Field);
        Assert.Equal("'correctedText' is required for 'misquote': give the words as they were actually said.", refused.Message);
    }

    [Fact]
    public void Misattribute_RecordsTheCorrectedSpeakerTrimmed()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Misattribute) with { CorrectedSpeaker = "  Sergei Lavrov " };

        var decision = ReviewWorkflow.Apply(ReviewState.InReview, null, request);

        Assert.Equal(ReviewState.Misattributed, decision.To);
        Assert.Equal("Sergei Lavrov", decision.CorrectedSpeaker);
        Assert.Null(decision.CorrectedText);
    }

    [Fact]
    public void Misquote_RecordsTheCorrectedTextTrimmedKeepingInnerLineBreaks()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Misquote) with { CorrectedText = "\n First line.\nSecond line.  " };

        var decision = ReviewWorkflow.Apply(ReviewState.InReview, null, request);

        Assert.Equal(ReviewState.Misquoted, decision.To);
        Assert.Equal("First line.\nSecond line.", decision.CorrectedText);
        Assert.Null(decision.CorrectedSpeaker);
    }

    [Theory]
    [MemberData(nameof(ActionsOtherThan), ReviewAction.Misattribute)]
    public void CorrectedSpeaker_WithAnyActionButMisattribute_IsRefused(ReviewAction action)
    {
        var request = ReviewRequests.ValidFor(action) with { CorrectedSpeaker = "Sergei Lavrov" };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.InReview, null, request));

        Assert.Equal("correctedSpeaker", refused.Field);
        Assert.Equal($"'correctedSpeaker' is only accepted with 'misattribute', not with '{action.ToWireName()}'.", refused.Message);
    }

    [Theory]
    [MemberData(nameof(ActionsOtherThan), ReviewAction.Misquote)]
    public void CorrectedText_WithAnyActionButMisquote_IsRefused(ReviewAction action)
    {
        var request = ReviewRequests.ValidFor(action) with { CorrectedText = "Other words." };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.InReview, null, request));

        Assert.Equal("correctedText", refused.Field);
        Assert.Equal($"'correctedText' is only accepted with 'misquote', not with '{action.ToWireName()}'.", refused.Message);
    }

    [Fact]
    public void BlankCorrections_WithAnActionThatTakesNone_AreTreatedAsAbsent()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Verify) with { CorrectedSpeaker = " ", CorrectedText = "" };

        var decision = ReviewWorkflow.Apply(ReviewState.InReview, null, request);

        Assert.Equal(ReviewState.Verified, decision.To);
        Assert.Null(decision.CorrectedSpeaker);
        Assert.Null(decision.CorrectedText);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("  Checked against the ministry transcript.\n", "Checked against the ministry transcript.")]
    public void Note_IsOptionalAndRecordedTrimmed(string? note, string? recorded)
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Verify) with { Note = note };

        Assert.Equal(recorded, ReviewWorkflow.Apply(ReviewState.InReview, null, request).Note);
    }

    [Fact]
    public void Note_AtTheLimit_IsAccepted()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Verify) with { Note = new string('n', ReviewWorkflow.MaxNoteLength) };

        Assert.Equal(ReviewWorkflow.MaxNoteLength, ReviewWorkflow.Apply(ReviewState.InReview, null, request).Note!.Length);
    }

    [Fact]
    public void Note_OverTheLimit_IsRefusedSayingTheLimit()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Verify) with { Note = new string('n', 4_001) };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.InReview, null, request));

        Assert.Equal("note", refused.Field);
        Assert.Equal("'note' is 4,001 characters long; the limit is 4,000.", refused.Message);
    }

    [Fact]
    public void CorrectedText_AtTheLimit_IsAccepted()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Misquote) with { CorrectedText = new string('t', 32_000) };

        Assert.Equal(32_000, ReviewWorkflow.Apply(ReviewState.InReview, null, request).CorrectedText!.Length);
    }

    [Fact]
    public void CorrectedText_OverTheLimit_IsRefusedSayingTheLimit()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Misquote) with { CorrectedText = new string('t', 32_001) };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.InReview, null, request));

        Assert.Equal("correctedText", refused.Field);
        Assert.Equal("'correctedText' is 32,001 characters long; the limit is 32,000.", refused.Message);
    }

    [Fact]
    public void CorrectedSpeaker_OverTheLimit_IsRefused()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Misattribute) with
        {
            CorrectedSpeaker = new string('s', ReviewWorkflow.MaxCorrectedSpeakerLength + 1),
        };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.InReview, null, request));

        Assert.Equal("correctedSpeaker", refused.Field);
    }

    [Fact]
    public void CorrectedSpeaker_OnSeveralLines_IsRefused()
    {
        var request = ReviewRequests.ValidFor(ReviewAction.Misattribute) with { CorrectedSpeaker = "Sergei\nLavrov" };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.InReview, null, request));

        Assert.Equal("correctedSpeaker", refused.Field);
    }

    [Fact]
    public void AnInvalidRequest_IsReportedBeforeAnIllegalMove()
    {
        // Misattributing a published quote without a speaker: the client hears about its own request first (400, not 409).
        var request = ReviewRequests.ValidFor(ReviewAction.Misattribute) with { CorrectedSpeaker = null };

        var refused = Assert.Throws<InvalidTransitionRequestException>(() => ReviewWorkflow.Apply(ReviewState.Published, null, request));

        Assert.Equal("correctedSpeaker", refused.Field);
    }

    [Fact]
    public void Apply_WithoutARequest_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ReviewWorkflow.Apply(ReviewState.New, null, null!));

    [Fact]
    public void Apply_WithAnUndefinedState_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(
            () => ReviewWorkflow.Apply((ReviewState)99, null, ReviewRequests.ValidFor(ReviewAction.Claim)));

    [Fact]
    public void Apply_WithAnUndefinedAction_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(
            () => ReviewWorkflow.Apply(ReviewState.New, null, ReviewRequests.ValidFor((ReviewAction)99)));
}

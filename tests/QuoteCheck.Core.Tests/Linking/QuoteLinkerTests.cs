using QuoteCheck.Core.Linking;

namespace QuoteCheck.Core.Tests.Linking;

/// <summary>Identities over the in-memory index: who joins whom, and what a writer in progress makes the next one do.</summary>
public class QuoteLinkerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2020, 3, 2, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock _clock = new();
    private readonly InMemoryLinkIndex _index;
    private readonly QuoteLinker _linker;

    public QuoteLinkerTests()
    {
        _index = new InMemoryLinkIndex(_clock, LinkThresholds.Default);
        _linker = new QuoteLinker(_index, LinkThresholds.Default, _clock);
    }

    private async Task<LinkOutcome.Linked> LinkAsync(string article, string text, string? speaker)
    {
        _clock.Now = _clock.Now.AddSeconds(1);
        return Assert.IsType<LinkOutcome.Linked>(await _linker.LinkAsync(QuoteLinker.RefOf(article, "q"), QuoteFingerprint.Of(text), speaker, Cancel));
    }

    [Fact]
    public async Task AReprintAndATrimmedCopy_JoinTheFirstQuotesIdentity()
    {
        var first = await LinkAsync("a1", "I will go to Moscow on Thursday to discuss the developments in Syria with Mr. Putin.", "Recep Tayyip Erdogan");
        var reprint = await LinkAsync("a2", "I WILL GO TO MOSCOW ON THURSDAY TO DISCUSS THE DEVELOPMENTS IN SYRIA WITH MR PUTIN", "Erdogan");
        var trimmed = await LinkAsync("a3", "to discuss the developments in Syria with Mr. Putin,", "Erdogan");

        Assert.Null(first.Relation);
        Assert.Equal(QuoteLinker.RefOf("a1", "q"), first.IdentityId);
        Assert.Equal((first.IdentityId, LinkRelation.Same), (reprint.IdentityId, reprint.Relation));
        Assert.Equal((first.IdentityId, LinkRelation.PartOf), (trimmed.IdentityId, trimmed.Relation));
    }

    [Fact]
    public async Task LinkingAQuoteAgain_LeavesItWhereItIs()
    {
        var first = await LinkAsync("a1", "Our hospitals are full, our nurses are exhausted, and the waiting times have doubled.", "Aisha Rahman");
        var second = await LinkAsync("a2", "our hospitals are full, our nurses are exhausted", "Rahman");

        var again = await LinkAsync("a2", "our hospitals are full, our nurses are exhausted", "Rahman");

        Assert.Equal(first.IdentityId, second.IdentityId);
        Assert.Equal(second.IdentityId, again.IdentityId);
    }

    [Fact]
    public async Task AShortRemarkByTwoPeople_StaysTwoIdentities()
    {
        var one = await LinkAsync("a1", "Thank you very much.", "Helena Marsh");
        var other = await LinkAsync("a2", "Thank you very much.", "Tomas Varga");
        var again = await LinkAsync("a3", "thank you very much", "Marsh");

        Assert.NotEqual(one.IdentityId, other.IdentityId);
        Assert.Equal(one.IdentityId, again.IdentityId);
    }

    [Fact]
    public async Task AMatchStillBeingLinked_WithASmallerRef_MakesTheNextOneWait_ThenJoinItOnceItIsFinal()
    {
        var text = "The bridge will remain closed to heavy goods vehicles until engineers have completed a full inspection.";
        var fingerprint = QuoteFingerprint.Of(text);
        var (smaller, larger) = Ordered(QuoteLinker.RefOf("a1", "q"), QuoteLinker.RefOf("a2", "q"));
        await _index.PublishAsync(new LinkEntry(smaller, smaller, _clock.Now, fingerprint, "Ministry of Transport"), final: false, Cancel);

        var waiting = await _linker.LinkAsync(larger, QuoteFingerprint.Of(text.ToUpperInvariant()), "Ministry of Transport", Cancel);
        await _index.PublishAsync(new LinkEntry(smaller, smaller, _clock.Now, fingerprint, "Ministry of Transport"), final: true, Cancel);
        var joined = await _linker.LinkAsync(larger, QuoteFingerprint.Of(text.ToUpperInvariant()), "Ministry of Transport", Cancel);

        Assert.IsType<LinkOutcome.Pending>(waiting);
        Assert.Equal(smaller, Assert.IsType<LinkOutcome.Linked>(joined).IdentityId);
    }

    [Fact]
    public async Task AMatchStillBeingLinked_WithALargerRef_DoesNotHoldTheSmallerBack()
    {
        var text = "Rail services between the two cities will resume on Monday, with a reduced timetable for the first two weeks.";
        var (smaller, larger) = Ordered(QuoteLinker.RefOf("a1", "q"), QuoteLinker.RefOf("a2", "q"));
        await _index.PublishAsync(new LinkEntry(larger, larger, _clock.Now, QuoteFingerprint.Of(text), "Ministry of Transport"), final: false, Cancel);

        var ahead = await _linker.LinkAsync(smaller, QuoteFingerprint.Of(text), "Ministry of Transport", Cancel);

        // It starts its own identity; the larger one, deciding after, finds it final and joins it.
        Assert.Equal(smaller, Assert.IsType<LinkOutcome.Linked>(ahead).IdentityId);
        var follower = await _linker.LinkAsync(larger, QuoteFingerprint.Of(text), "Ministry of Transport", Cancel);
        Assert.Equal(smaller, Assert.IsType<LinkOutcome.Linked>(follower).IdentityId);
    }

    private static (string Smaller, string Larger) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    [Fact]
    public async Task AProvisionalEntryWhoseWriterDied_StopsBeingWaitedFor()
    {
        var text = "Swimming is not recommended at the three northern beaches until water samples show safe levels.";
        var deadRef = QuoteLinker.RefOf("a1", "q");
        await _index.PublishAsync(new LinkEntry(deadRef, deadRef, _clock.Now, QuoteFingerprint.Of(text), "Coastal Waters Authority"), final: false, Cancel);
        _clock.Now += QuoteLinker.PendingTimeout + TimeSpan.FromSeconds(1);

        var outcome = await _linker.LinkAsync(QuoteLinker.RefOf("a2", "q"), QuoteFingerprint.Of(text), "Coastal Waters Authority", Cancel);

        // Both agree on the smaller id, whichever of them decides.
        var expected = string.CompareOrdinal(deadRef, QuoteLinker.RefOf("a2", "q")) < 0 ? deadRef : QuoteLinker.RefOf("a2", "q");
        Assert.Equal(expected, Assert.IsType<LinkOutcome.Linked>(outcome).IdentityId);
    }
}

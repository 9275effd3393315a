using CsCheck;
using QuoteCheck.Core.Linking;

namespace QuoteCheck.Core.Tests.Linking;

/// <summary>The winnowing guarantee the lookups rest on, and the bounds that keep a quote's index work fixed.</summary>
public class QuoteFingerprintTests
{
    private static readonly string[] Vocabulary =
    [
        "we", "will", "not", "accept", "any", "ceasefire", "that", "leaves", "the", "groups", "in", "control", "of", "and",
        "respond", "to", "every", "attack", "on", "our", "soldiers", "a", "deal", "refugees", "border", "is", "it",
    ];

    private static readonly Gen<string[]> Words = Gen.OneOf(Vocabulary).Array[0, 40];

    [Fact]
    public void TwoQuotesSharingARunOfGuaranteedLength_ShareAnAnchor_WhateverSurroundsIt()
    {
        Gen.Select(Words, Gen.OneOf(Vocabulary).Array[QuoteFingerprint.GuaranteedRun, 30], Words, Words, Words).Sample((before, run, after, otherBefore, otherAfter) =>
        {
            var a = QuoteFingerprint.Of(string.Join(' ', before.Concat(run).Concat(after)));
            var b = QuoteFingerprint.Of(string.Join(' ', otherBefore.Concat(run).Concat(otherAfter)));
            return a.Anchors.Intersect(b.Anchors).Any();
        });
    }

    [Fact]
    public void APartInsideALongerQuote_HasAllItsShinglesThere()
    {
        var full = QuoteFingerprint.Of("We will not accept any ceasefire that leaves terrorist groups in control of Idlib, and we will respond to every attack on our soldiers.");
        var part = QuoteFingerprint.Of("any ceasefire that leaves terrorist groups in control");

        var similarity = part.CompareTo(full);

        Assert.Equal(1.0, similarity.Containment);
        Assert.True(similarity.Resemblance < 0.5);
    }

    [Fact]
    public void ALongQuote_KeepsAtMostMaxAnchors_SpreadOverItsLength()
    {
        var words = Enumerable.Range(0, 5_000).Select(i => "w" + i);

        var fingerprint = QuoteFingerprint.Of(string.Join(' ', words));

        Assert.Equal(QuoteFingerprint.MaxAnchors, fingerprint.Anchors.Count);
        Assert.Equal(5_000 - QuoteFingerprint.ShingleWords + 1, fingerprint.Shingles.Count);
    }

    [Fact]
    public void Keys_AreStableAcrossRuns()
    {
        // Keys are stored: a change in normalization or hashing would strand every stored entry. The first 8 bytes of
        // SHA-256("our militaries are in constant contact"), computed apart.
        Assert.Equal("02beace7adf6d388", QuoteFingerprint.Of("Our militaries are in constant contact.").Key);
    }
}

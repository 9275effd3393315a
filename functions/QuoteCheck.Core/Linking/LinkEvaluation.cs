using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteCheck.Core.Linking;

/// <summary>One quote of a labelled linking set: quotes of one <see cref="Group"/> must be linked, quotes of different groups must not.</summary>
/// <param name="Id">The quote's id in the set.</param>
/// <param name="Article">The article it appears in.</param>
/// <param name="Speaker">Its canonical speaker as an extractor would give it.</param>
/// <param name="Text">The quote as the outlet printed it.</param>
/// <param name="Group">The statement it is (a copy, variant or same-speaker part of); a quote that must stay unlinked has a group of its own.</param>
/// <param name="Variation">What the outlet did (<c>original</c>, <c>reprint</c>, <c>trim-end</c>, ...), or for a quote that must stay unlinked, why it is hard (<c>other-speaker-part</c>, ...).</param>
/// <param name="Original">True for the statement as first said, the quote every variation is compared with.</param>
/// <param name="Of">For a quote that must stay unlinked: the group it is easily confused with.</param>
public sealed record LabelledQuote(string Id, string Article, string? Speaker, string Text, string Group, string Variation, bool Original = false, string? Of = null);

/// <summary>A count of quotes of one kind, and how many of them were linked (with their group's original; for hard negatives, wrongly with the group they resemble).</summary>
public sealed record VariationFigure(string Name, int Count, int Linked)
{
    /// <summary>Linked over count.</summary>
    public double Rate => Count == 0 ? 0 : (double)Linked / Count;
}

/// <summary>A pair the linking got wrong: missed (same group, different identities) or false (different groups, one identity).</summary>
public sealed record LinkError(LabelledQuote Quote, LabelledQuote Other);

/// <summary>Pairwise precision and recall of the linking on a labelled set.</summary>
public sealed record LinkEvaluationReport(
    LinkThresholds Thresholds,
    int Quotes,
    long GoldPairs,
    long PredictedPairs,
    long TruePairs,
    IReadOnlyList<VariationFigure> Variations,
    IReadOnlyList<VariationFigure> Negatives,
    IReadOnlyList<LinkError> Misses,
    IReadOnlyList<LinkError> FalseLinks,
    double AnchorsPerQuote)
{
    /// <summary>Linked pairs that should be linked, over all linked pairs.</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePairs / PredictedPairs;

    /// <summary>Linked pairs that should be linked, over all pairs that should be.</summary>
    public double Recall => GoldPairs == 0 ? 1 : (double)TruePairs / GoldPairs;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Measures the linking: the quotes of a labelled set are linked one after another, in the set's order, through
/// <see cref="QuoteLinker"/> over an <see cref="InMemoryLinkIndex"/> (the production rule, bounds and index order),
/// and every pair of quotes counts: linked pairs (same identity) against pairs that should be (same group).
/// </summary>
public static class LinkEvaluation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Reads a labelled set (one JSON object per line).</summary>
    public static IReadOnlyList<LabelledQuote> Load(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<LabelledQuote>(line, Json) ?? throw new JsonException($"An empty line in {path}."))
            .ToList();

    /// <summary>One line of a labelled set.</summary>
    public static string ToJsonLine(LabelledQuote quote) => JsonSerializer.Serialize(quote, Json);

    /// <summary>Links <paramref name="quotes"/> in order with <paramref name="thresholds"/> and scores every pair.</summary>
    public static async Task<LinkEvaluationReport> EvaluateAsync(IReadOnlyList<LabelledQuote> quotes, LinkThresholds thresholds, int examples = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(thresholds);
        var clock = new StepClock();
        var linker = new QuoteLinker(new InMemoryLinkIndex(clock, thresholds), thresholds, clock);
        var identity = new Dictionary<string, string>(StringComparer.Ordinal);
        long anchors = 0;
        foreach (var quote in quotes)
        {
            clock.Step();
            var fingerprint = QuoteFingerprint.Of(quote.Text);
            anchors += fingerprint.Anchors.Count;
            var outcome = await linker.LinkAsync(QuoteLinker.RefOf(quote.Article, quote.Id), fingerprint, quote.Speaker, cancellationToken).ConfigureAwait(false);
            identity[quote.Id] = outcome is LinkOutcome.Linked linked
                ? linked.IdentityId
                : throw new InvalidOperationException("Linking one quote at a time never waits for another.");
        }

        long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        var gold = Pairs(quotes.GroupBy(q => q.Group).Select(g => g.Count()));
        var predicted = Pairs(quotes.GroupBy(q => identity[q.Id]).Select(g => g.Count()));
        var correct = Pairs(quotes.GroupBy(q => (q.Group, identity[q.Id])).Select(g => g.Count()));

        var originals = quotes.Where(q => q.Original).GroupBy(q => q.Group).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var positives = quotes.Where(q => !q.Original && q.Of is null && originals.ContainsKey(q.Group)).ToList();
        var negatives = quotes.Where(q => q.Of is not null && originals.ContainsKey(q.Of)).ToList();
        var variations = positives.GroupBy(q => q.Variation)
            .Select(g => new VariationFigure(g.Key, g.Count(), g.Count(q => identity[q.Id] == identity[originals[q.Group].Id])))
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
        var negativeFigures = negatives.GroupBy(q => q.Variation)
            .Select(g => new VariationFigure(g.Key, g.Count(), g.Count(q => identity[q.Id] == identity[originals[q.Of!].Id])))
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ToList();

        var misses = positives.Where(q => identity[q.Id] != identity[originals[q.Group].Id]).Select(q => new LinkError(q, originals[q.Group])).Take(examples).ToList();
        var falseLinks = quotes
            .GroupBy(q => identity[q.Id])
            .SelectMany(g => g.Where(q => g.Any(o => o.Group != q.Group)).Select(q => new LinkError(q, g.First(o => o.Group != q.Group))))
            .Where(e => string.CompareOrdinal(e.Quote.Id, e.Other.Id) < 0)
            .Take(examples)
            .ToList();
        return new LinkEvaluationReport(thresholds, quotes.Count, gold, predicted, correct, variations, negativeFigures, misses, falseLinks, quotes.Count == 0 ? 0 : (double)anchors / quotes.Count);
    }

    /// <summary>A clock that moves on a second per quote, so identities are created in the set's order.</summary>
    private sealed class StepClock : TimeProvider
    {
        private DateTimeOffset _now = new(2020, 3, 2, 0, 0, 0, TimeSpan.Zero);

        public void Step() => _now = _now.AddSeconds(1);

        public override DateTimeOffset GetUtcNow() => _now;
    }
}

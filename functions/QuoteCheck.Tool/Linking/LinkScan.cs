using System.Globalization;
using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Linking;

namespace QuoteCheck.Cli.Linking;

/// <summary>One quote as the scan linked it.</summary>
internal sealed record ScannedQuote(string Article, string QuoteId, string? Speaker, string Text, string IdentityId, LinkRelation? Relation);

/// <summary>Two articles that share linked quotes: how many of each one's quotes are linked with the other's.</summary>
internal sealed record SharedArticles(string First, int FirstQuotes, string Second, int SecondQuotes, int Shared);

/// <summary>What a scan found.</summary>
internal sealed record LinkScanReport(int Articles, int Quotes, int Identities, int CrossArticleIdentities, IReadOnlyList<SharedArticles> Pairs, IReadOnlyList<IReadOnlyList<ScannedQuote>> CrossArticle);

/// <summary>
/// Links the extractor's quotes of real articles the way production does (the linking rule and index bounds, in
/// memory, articles in file order), so a person can judge the links on real news: nothing here is labelled, so the
/// figures are what was linked, and the examples are what to check.
/// </summary>
internal static class LinkScan
{
    public static async Task<LinkScanReport> RunAsync(IQuoteExtractor extractor, IReadOnlyList<GoldArticle> articles, CancellationToken cancellationToken)
    {
        var clock = new StepClock();
        var linker = new QuoteLinker(new InMemoryLinkIndex(clock, LinkThresholds.Default), LinkThresholds.Default, clock);
        var quotes = new List<ScannedQuote>();
        var perArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var extracted = extractor.Extract(article.Text, cancellationToken);
            perArticle[article.Id] = extracted.Count;
            foreach (var quote in extracted)
            {
                clock.Step();
                var quoteId = quote.Start.ToString("D7", CultureInfo.InvariantCulture);
                var outcome = await linker.LinkAsync(QuoteLinker.RefOf(article.Id, quoteId), QuoteFingerprint.Of(quote.Text), quote.Speaker, cancellationToken).ConfigureAwait(false);
                if (outcome is LinkOutcome.Linked linked)
                {
                    quotes.Add(new ScannedQuote(article.Id, quoteId, quote.Speaker, quote.Text, linked.IdentityId, linked.Relation));
                }
            }
        }

        var identities = quotes.GroupBy(q => q.IdentityId, StringComparer.Ordinal).ToList();
        var cross = identities.Where(g => g.Select(q => q.Article).Distinct(StringComparer.Ordinal).Count() > 1).Select(g => (IReadOnlyList<ScannedQuote>)[.. g]).ToList();
        var pairs = cross
            .SelectMany(g => g.Select(q => q.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() is var a
                ? from i in Enumerable.Range(0, a.Count) from j in Enumerable.Range(i + 1, a.Count - i - 1) select (a[i], a[j])
                : [])
            .GroupBy(p => p)
            .Select(g => new SharedArticles(g.Key.Item1, perArticle[g.Key.Item1], g.Key.Item2, perArticle[g.Key.Item2], g.Count()))
            .OrderByDescending(p => p.Shared)
            .ThenBy(p => p.First, StringComparer.Ordinal)
            .ToList();
        return new LinkScanReport(articles.Count, quotes.Count, identities.Count, cross.Count, pairs, cross);
    }

    public static void Write(TextWriter output, LinkScanReport report, int examples)
    {
        output.WriteLine(Invariant($"Linked {report.Quotes:N0} quotes of {report.Articles:N0} articles into {report.Identities:N0} identities; {report.CrossArticleIdentities:N0} of them span more than one article ({report.Pairs.Count:N0} article pairs)."));
        output.WriteLine();
        output.WriteLine("Article pairs sharing the most quotes (shared / quotes in each):");
        foreach (var pair in report.Pairs.Take(10))
        {
            output.WriteLine(Invariant($"  {pair.Shared,3}  {pair.First} ({pair.FirstQuotes})  ~  {pair.Second} ({pair.SecondQuotes})"));
        }

        // Examples from the pairs that share few quotes: the whole-article copies above are easy, these are the ones to judge.
        var copies = report.Pairs.Where(p => p.Shared * 2 >= Math.Min(p.FirstQuotes, p.SecondQuotes)).Select(p => (p.First, p.Second)).ToHashSet();
        bool InACopy(IReadOnlyList<ScannedQuote> identity)
        {
            var articles = identity.Select(q => q.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return articles.Count == 2 && copies.Contains((articles[0], articles[1]));
        }

        var judged = report.CrossArticle.Where(g => !InACopy(g)).Take(examples).ToList();
        output.WriteLine();
        output.WriteLine(Invariant($"Cross-article links outside whole-article copies ({judged.Count} shown), to judge by hand:"));
        foreach (var identity in judged)
        {
            output.WriteLine();
            foreach (var quote in identity.Take(4))
            {
                var relation = quote.Relation?.ToWireName() ?? "origin";
                output.WriteLine(Invariant($"  [{relation}] {quote.Article} {quote.Speaker ?? "(no speaker)"}: \u201c{Cut(quote.Text)}\u201d"));
            }
        }
    }

    private static string Cut(string text) => text.Length <= 110 ? text.ReplaceLineEndings(" ") : text[..109].ReplaceLineEndings(" ") + "\u2026";

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class StepClock : TimeProvider
    {
        private DateTimeOffset _now = new(2020, 3, 2, 0, 0, 0, TimeSpan.Zero);

        public void Step() => _now = _now.AddSeconds(1);

        public override DateTimeOffset GetUtcNow() => _now;
    }
}

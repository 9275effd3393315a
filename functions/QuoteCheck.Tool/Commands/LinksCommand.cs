using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using QuoteCheck.Cli.Errors;
using QuoteCheck.Cli.Linking;
using QuoteCheck.Core.Evaluation;
using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Linking;

namespace QuoteCheck.Cli.Commands;

/// <summary>
/// <c>quotecheck links eval [set] [--sweep] [--json]</c>: pairwise precision and recall of quote linking on a labelled set;
/// <c>quotecheck links generate</c>: rebuilds the committed set from its base statements;
/// <c>quotecheck links scan FILE...</c>: links the quotes the extractor finds in real articles and shows what it linked.
/// </summary>
internal static class LinksCommand
{
    /// <summary>The committed labelled set, relative to the repository root.</summary>
    public const string DefaultSet = "tests/linking/quote-links.jsonl";

    /// <summary>The base statements the set is generated from.</summary>
    public const string DefaultStatements = "tests/linking/statements.tsv";

    /// <summary>The seed the committed set was generated with.</summary>
    public const int DefaultSeed = 15;

    public static Command Create() => new("links", "Measure and maintain the linking of the same quote across articles.") { Eval(), Generate(), Scan() };

    private static Command Scan()
    {
        var paths = new Argument<string[]>("articles") { Description = "JSONL files of articles ({id, text} per line, as the labelled files are).", Arity = ArgumentArity.OneOrMore };
        var examples = new Option<int>("--examples") { Description = "How many cross-article links to print for a person to judge.", DefaultValueFactory = _ => 20 };
        var command = new Command("scan", "Extract every article's quotes, link them in file order as the linker does (in memory) and report which articles share quotes, with examples to judge.") { paths, examples };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var articles = new List<GoldArticle>();
            foreach (var path in parse.GetValue(paths)!)
            {
                if (!File.Exists(path))
                {
                    throw new CliException(ExitCodes.Input, $"No articles file '{path}'.");
                }

                articles.AddRange(EvaluationJson.LoadLabelled(path));
            }

            var report = await LinkScan.RunAsync(new QuoteExtractor(), articles, cancellationToken);
            LinkScan.Write(parse.InvocationConfiguration.Output, report, parse.GetValue(examples));
            return 0;
        });
        return command;
    }

    private static Command Eval()
    {
        var path = new Argument<string>("set") { Description = "A labelled set: one JSON object per line {id, article, speaker, text, group, variation, original?, of?}.", DefaultValueFactory = _ => DefaultSet };
        var sweep = new Option<bool>("--sweep") { Description = "Also try a grid of thresholds and print the best by F1 (how the defaults were chosen)." };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var examples = new Option<int>("--examples") { Description = "How many missed and false links to print.", DefaultValueFactory = _ => 10 };
        var originalsFirst = new Option<bool>("--originals-first") { Description = "Link every statement's original before its variations (what arrival order costs: identities are never merged)." };
        var command = new Command("eval", "Link the set's quotes in order (the production rule and index bounds, in memory) and score every pair.") { path, sweep, json, examples, originalsFirst };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var file = parse.GetValue(path)!;
            if (!File.Exists(file))
            {
                throw new CliException(ExitCodes.Input, $"No labelled set '{file}' (run it from the repository root, or name the set).");
            }

            var quotes = LinkEvaluation.Load(file);
            if (parse.GetValue(originalsFirst))
            {
                quotes = [.. quotes.OrderBy(q => q.Original ? 0 : 1)];
            }

            var report = await LinkEvaluation.EvaluateAsync(quotes, LinkThresholds.Default, parse.GetValue(examples), cancellationToken);
            var swept = parse.GetValue(sweep) ? await SweepAsync(quotes, cancellationToken) : [];
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new { file, report = Summary(report), sweep = swept.Select(Summary) }, JsonSerializerOptions.Web));
                return 0;
            }

            Write(output, file, report);
            if (swept.Count > 0)
            {
                WriteSweep(output, swept, report);
            }

            return 0;
        });
        return command;
    }

    private static Command Generate()
    {
        var statements = new Option<string>("--statements") { Description = "Base statements: speaker TAB person|organization TAB text per line.", DefaultValueFactory = _ => DefaultStatements };
        var seed = new Option<int>("--seed") { Description = "The random seed.", DefaultValueFactory = _ => DefaultSeed };
        var output = new Option<string>("--out") { Description = "Where to write the set.", DefaultValueFactory = _ => DefaultSet };
        var command = new Command("generate", "Rebuild the labelled set from its base statements (the same statements and seed give the same file).") { statements, seed, output };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(statements)!;
            if (!File.Exists(source))
            {
                throw new CliException(ExitCodes.Input, $"No statements file '{source}'.");
            }

            var set = new LinkSetGenerator(LinkSetGenerator.ReadStatements(source), parse.GetValue(seed)).Generate();
            var target = parse.GetValue(output)!;
            File.WriteAllLines(target, set.Select(LinkEvaluation.ToJsonLine));
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {set.Count:N0} quotes in {set.Select(q => q.Group).Distinct().Count():N0} groups to {target}."));
            return 0;
        });
        return command;
    }

    /// <summary>The grid the defaults were chosen from.</summary>
    public static IEnumerable<LinkThresholds> Grid() =>
        from resemblance in Resemblances
        from containment in Containments
        from anySpeaker in AnySpeakerWords
        from partial in PartWords
        select new LinkThresholds(resemblance, containment, anySpeaker, partial);

    private static readonly double[] Resemblances = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    private static readonly double[] Containments = [0.6, 0.7, 0.8, 0.9, 1.0];
    private static readonly int[] AnySpeakerWords = [4, 6, 8];
    private static readonly int[] PartWords = [3, 4, 5];

    private static async Task<IReadOnlyList<LinkEvaluationReport>> SweepAsync(IReadOnlyList<LabelledQuote> quotes, CancellationToken cancellationToken)
    {
        var reports = new List<LinkEvaluationReport>();
        foreach (var thresholds in Grid())
        {
            reports.Add(await LinkEvaluation.EvaluateAsync(quotes, thresholds, examples: 0, cancellationToken));
        }

        return reports;
    }

    private static object Summary(LinkEvaluationReport r) => new
    {
        r.Thresholds,
        r.Quotes,
        r.GoldPairs,
        r.PredictedPairs,
        r.TruePairs,
        r.Precision,
        r.Recall,
        r.F1,
        r.AnchorsPerQuote,
        variations = r.Variations,
        negatives = r.Negatives,
    };

    private static void Write(TextWriter output, string file, LinkEvaluationReport r)
    {
        var t = r.Thresholds;
        output.WriteLine(Invariant($"Linking on {file}: {r.Quotes:N0} quotes, {r.GoldPairs:N0} pairs that should be linked."));
        output.WriteLine(Invariant($"Thresholds: resemblance >= {t.Resemblance:F2} (any speaker from {t.MinWordsAnySpeaker} words), containment >= {t.Containment:F2} (same speaker, parts from {t.MinWordsPartial} words)."));
        output.WriteLine(Invariant($"Pairwise: precision {r.Precision:F3}  recall {r.Recall:F3}  F1 {r.F1:F3}  ({r.PredictedPairs:N0} pairs linked, {r.TruePairs:N0} of them right); {r.AnchorsPerQuote:F1} anchors per quote."));
        output.WriteLine();
        output.WriteLine("Linked with their statement's original, by what the outlet did:");
        foreach (var v in r.Variations)
        {
            output.WriteLine(Invariant($"  {v.Name,-22} {v.Linked,4}/{v.Count,-4} {v.Rate:F3}"));
        }

        output.WriteLine("Wrongly linked with the statement they resemble (must stay unlinked):");
        foreach (var v in r.Negatives)
        {
            output.WriteLine(Invariant($"  {v.Name,-28} {v.Linked,4}/{v.Count,-4}"));
        }

        if (r.Misses.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Missed links:");
            foreach (var e in r.Misses)
            {
                output.WriteLine(Invariant($"  {e.Quote.Id} [{e.Quote.Variation}] {e.Quote.Speaker}: \u201c{Cut(e.Quote.Text)}\u201d"));
                output.WriteLine(Invariant($"     not with {e.Other.Id} {e.Other.Speaker}: \u201c{Cut(e.Other.Text)}\u201d"));
            }
        }

        if (r.FalseLinks.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("False links:");
            foreach (var e in r.FalseLinks)
            {
                output.WriteLine(Invariant($"  {e.Quote.Id} [{e.Quote.Variation}] {e.Quote.Speaker}: \u201c{Cut(e.Quote.Text)}\u201d"));
                output.WriteLine(Invariant($"     with {e.Other.Id} [{e.Other.Variation}] {e.Other.Speaker}: \u201c{Cut(e.Other.Text)}\u201d"));
            }
        }
    }

    private static void WriteSweep(TextWriter output, IReadOnlyList<LinkEvaluationReport> swept, LinkEvaluationReport chosen)
    {
        output.WriteLine();
        output.WriteLine("Sweep (best 15 by F1, then precision):");
        output.WriteLine("  resemblance  containment  any-speaker  part  precision  recall  F1");
        foreach (var r in swept.OrderByDescending(r => Math.Round(r.F1, 4)).ThenByDescending(r => r.Precision).Take(15))
        {
            var t = r.Thresholds;
            var mark = t == chosen.Thresholds ? "  <- default" : string.Empty;
            output.WriteLine(Invariant($"  {t.Resemblance,11:F2}  {t.Containment,11:F2}  {t.MinWordsAnySpeaker,11}  {t.MinWordsPartial,4}  {r.Precision,9:F3}  {r.Recall,6:F3}  {r.F1:F3}{mark}"));
        }
    }

    private static string Cut(string text) => text.Length <= 90 ? text.ReplaceLineEndings(" ") : text[..89].ReplaceLineEndings(" ") + "\u2026";

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}

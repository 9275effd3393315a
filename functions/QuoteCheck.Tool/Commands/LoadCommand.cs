using System.CommandLine;
using QuoteCheck.Cli.Load;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Cli.Commands;

/// <summary>
/// <c>quotecheck load</c>: the load and fault run against Azurite on loopback. Submits a mix of articles
/// (sizes, duplicates, invalid ones) to a local host process, checks every outcome, then repeats while
/// killing the host once mid-run, and compares throughput with the same table writes made directly.
/// </summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Messages per run.", DefaultValueFactory = _ => 2000 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each run to finish.", DefaultValueFactory = _ => 900 };
        var skipKill = new Option<bool>("--no-kill") { Description = "Skip the run that kills and restarts the host." };
        var ingestionOnly = new Option<bool>("--ingestion-only") { Description = "Also time the steady run again with the host's linker switched off, so ingestion's own rate is measured beside the rate with linking sharing storage." };
        var command = new Command("load", "Load and fault run on the local host and Azurite (loopback only); exit code 1 if anything was lost or duplicated.") { count, timeout, skipKill, ingestionOnly, StorageOptions.Connection };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Run this inside the QuoteCheck repository (it uses seeds/ and package.json).");
            var seed = await File.ReadAllTextAsync(Path.Combine(root, "seeds", "idlib-erdogan-putin.txt"), cancellationToken);
            var (connection, azurite) = await LoopbackStorage.ResolveAsync(parse, output.WriteLine, cancellationToken);
            await using var _ = azurite;

            var n = parse.GetValue(count);

            // The ceiling is measured just before and just after the pipeline, so a machine whose load drifts during the
            // run (it is shared) weighs on both alike; the ratio is taken against their mean and shown against each.
            var ceilingBefore = await LoadRun.MeasureDirectWritesAsync(n, seed, issueBaseline: false, cancellationToken, connection);
            var passed = true;
            var runs = new List<LoadReport>();
            bool[] phases = parse.GetValue(skipKill) ? [false] : [false, true];
            foreach (var kill in phases)
            {
                var report = await LoadRun.RunAsync(n, kill, TimeSpan.FromSeconds(parse.GetValue(timeout)), seed, output, cancellationToken, connection);
                runs.Add(report);
                Print(output, report);
                passed &= report.Passed;
            }

            double? alone = null;
            if (parse.GetValue(ingestionOnly))
            {
                var report = await LoadRun.RunAsync(n, killMidRun: false, TimeSpan.FromSeconds(parse.GetValue(timeout)), seed, output, cancellationToken, connection, linking: false);
                output.Write("Linker off: ");
                Print(output, report);
                passed &= report.Passed;
                alone = report.ArticlesPerSecond;
            }

            var ceilingAfter = await LoadRun.MeasureDirectWritesAsync(n, seed, issueBaseline: false, cancellationToken, connection);
            var twoCalls = await LoadRun.MeasureDirectWritesAsync(n, seed, issueBaseline: true, cancellationToken, connection);
            var pipeline = runs[0].ArticlesPerSecond;
            var ceiling = (ceilingBefore + ceilingAfter) / 2;
            output.WriteLine($"Raw Azurite, the same rows in the fewest calls (article partition, New and All index, list row: 4 calls an article, 16 in parallel): {ceilingBefore:N1} articles/s before the pipeline, {ceilingAfter:N1} after, mean {ceiling:N1}. Pipeline (steady): {pipeline:N1} articles/s = {pipeline / ceiling:P0} of the mean ({pipeline / Math.Max(ceilingBefore, ceilingAfter):P0}–{pipeline / Math.Min(ceilingBefore, ceilingAfter):P0} of either).");
            if (alone is { } off)
            {
                output.WriteLine($"Ingestion with the linker off: {off:N1} articles/s = {off / ceiling:P0} of the mean ({off / Math.Max(ceilingBefore, ceilingAfter):P0}–{off / Math.Min(ceilingBefore, ceilingAfter):P0} of either); with linking sharing storage (the steady run) {pipeline / ceiling:P0}.");
            }

            output.WriteLine($"Raw Azurite, the issue's baseline (article row + one quote transaction, 2 calls): {twoCalls:N0} articles/s; the pipeline is {pipeline / twoCalls:P0} of it.");
            var calls = await LoadRun.MeasureCallsPerArticleAsync(200, seed, cancellationToken, connection);
            output.WriteLine($"Storage calls per article by the app (200 seed-sized articles in process): {calls.New:N2} new ({Kinds(calls.Kinds)}), {calls.Duplicate:N2} for a duplicate delivery ({Kinds(calls.DuplicateKinds)}); the host adds a queue delete per message and a receive per up to 16.");
            output.WriteLine($"Storage calls to link an article (the follow-up off the link queue; 200 copies of the seed, each quote joining the identity of the first): {calls.Link:N2} ({Kinds(calls.LinkKinds)}).");
            output.WriteLine($"Storage calls per review action (claim, on a linked quote): {calls.Transition:N2} ({Kinds(calls.TransitionKinds)}).");
            output.WriteLine(passed ? "PASSED: every valid article has its quotes, every invalid one a rejection, no duplicates, queue empty." : "FAILED: see the problems above.");
            return passed ? 0 : 1;
        });
        return command;
    }

    private static string Kinds(IReadOnlyDictionary<string, double> kinds) =>
        string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value:N2}"));

    private static void Print(TextWriter output, LoadReport report)
    {
        output.WriteLine($"{(report.Killed ? "With a kill" : "Steady")}: {report.Messages} messages, {report.ExpectedArticles} articles: {report.Processed} processed, {report.Rejected} rejected, {report.Problems.Count} problems; queue {report.LeftInQueue}, poison {report.InPoison}; {report.Elapsed.TotalSeconds:N1} s, {report.ArticlesPerSecond:N1} articles/s.");
        foreach (var problem in report.Problems.Take(20))
        {
            output.WriteLine($"  problem: {problem}");
        }
    }
}

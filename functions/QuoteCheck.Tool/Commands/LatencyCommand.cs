using System.CommandLine;
using QuoteCheck.Cli.Load;

namespace QuoteCheck.Cli.Commands;

/// <summary>
/// <c>quotecheck latency</c>: the API latency benchmark on loopback (a benchmark, not a test): the local host on
/// Azurite, then GET of the review queue and GET of single quotes, each at a fixed rate for a fixed time.
/// </summary>
internal static class LatencyCommand
{
    public static Command Create()
    {
        var rate = new Option<int>("--rate") { Description = "Requests per second (open loop).", DefaultValueFactory = _ => 200 };
        var duration = new Option<int>("--duration") { Description = "Seconds per phase (at most 300).", DefaultValueFactory = _ => 30 };
        var warmUp = new Option<int>("--warm-up") { Description = "Seconds at the same rate before each phase, not measured (JIT and connection pools settle).", DefaultValueFactory = _ => 5 };
        var articles = new Option<int>("--articles") { Description = "Seed-sized articles to load first.", DefaultValueFactory = _ => 200 };
        var command = new Command("latency", "API latency benchmark on loopback: list and get at a fixed rate, printing p50/p95/p99 and errors.") { rate, duration, warmUp, articles, StorageOptions.Connection };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var (connection, azurite) = await LoopbackStorage.ResolveAsync(parse, output.WriteLine, cancellationToken);
            await using var _ = azurite;
            var reports = await LatencyRun.RunAsync(
                Math.Clamp(parse.GetValue(rate), 1, 2_000),
                TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(duration), 1, 300)),
                TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(warmUp), 0, 60)),
                Math.Clamp(parse.GetValue(articles), 1, 5_000),
                connection,
                output,
                cancellationToken);
            foreach (var r in reports)
            {
                var c = r.Client;
                output.WriteLine($"{r.Name}: {r.Sent} requests at {r.AchievedPerSecond:N0}/s, {r.Errors} errors; p50 {c.P50:N1} ms, p95 {c.P95:N1} ms, p99 {c.P99:N1} ms, max {c.Max:N0} ms{Load(r)}.");
                if (r.Server is { } s)
                {
                    output.WriteLine($"  server's own time (Server-Timing): p50 {s.P50:N1} ms, p95 {s.P95:N1} ms, p99 {s.P99:N1} ms, max {s.Max:N0} ms.");
                }
            }

            return reports.All(r => r.Errors == 0) ? 0 : 1;
        });
        return command;
    }

    private static string Load(LatencyReport report) =>
        report.LoadBefore is { } before && report.LoadAfter is { } after
            ? $"; load average {before:N1} → {after:N1} on {Environment.ProcessorCount} cores"
            : string.Empty;
}

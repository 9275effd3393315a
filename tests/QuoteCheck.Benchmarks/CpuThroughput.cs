using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace QuoteCheck.Benchmarks;

/// <summary>
/// Throughput per core from the process's CPU time instead of wall time (<c>--cpu</c>): on a shared machine wall time
/// also counts the other tenants' turns on the cores, CPU time only this process's work. Each method runs in batches of
/// at least <see cref="BatchTime"/> after a warm-up long enough for tiered compilation to settle (a time and at least
/// <see cref="MinWarmUpCalls"/> calls, past the 30 calls after which a method is recompiled optimised); the median batch counts.
/// </summary>
internal static class CpuThroughput
{
    private const int MinWarmUpCalls = 40;
    private static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(200);

    /// <summary>Measures every input's floor and extractor and prints MB per CPU-second, ms per MB and the ratio.</summary>
    public static void Run(TimeSpan warmUp, int batches)
    {
        Console.WriteLine($"Per core, from process CPU time (median of {batches} batches of at least {BatchTime.TotalMilliseconds:N0} ms each); large corpus: {Corpus.Large.Source}");
        foreach (var input in ExtractionBenchmarks.Inputs)
        {
            var benchmark = new ExtractionBenchmarks { Input = input };
            benchmark.Setup();
            var bytes = ExtractionBenchmarks.Articles(input).Sum(a => (long)Encoding.UTF8.GetByteCount(a));
            var floor = CpuSecondsPerCall(() => benchmark.Floor(), warmUp, batches);
            var extract = CpuSecondsPerCall(() => benchmark.Extract(), warmUp, batches);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{input,-18} extractor {bytes / 1e6 / extract,8:N1} MB/s per core {extract * 1e3 / (bytes / 1e6),8:N1} ms/MB   floor {bytes / 1e6 / floor,9:N1} MB/s   x{extract / floor:N0} floor"));
        }
    }

    private static double CpuSecondsPerCall(Func<int> method, TimeSpan warmUp, int batches)
    {
        var clock = Stopwatch.StartNew();
        var calls = 0;
        while (clock.Elapsed < warmUp || calls < MinWarmUpCalls)
        {
            method();
            calls++;
        }

        var perBatch = Math.Max(1, (int)(calls * BatchTime / clock.Elapsed));
        var seconds = new double[batches];
        for (var b = 0; b < batches; b++)
        {
            var before = Environment.CpuUsage.TotalTime;
            for (var i = 0; i < perBatch; i++)
                method();
            seconds[b] = (Environment.CpuUsage.TotalTime - before).TotalSeconds / perBatch;
        }

        Array.Sort(seconds);
        return seconds[batches / 2];
    }
}

using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using QuoteCheck.Benchmarks;

// `--short` runs a short job (few iterations) for a quick figure; `--cpu` measures per core from CPU time instead of
// running BenchmarkDotNet (for a shared machine); any other arguments go to BenchmarkDotNet.
if (args.Contains("--cpu"))
{
    CpuThroughput.Run(warmUp: TimeSpan.FromSeconds(3), batches: 15);
    return;
}

var isShort = args.Contains("--short");
// In process: a busy 2-core machine builds BenchmarkDotNet's generated project slower than its two-minute timeout.
// The short job warms up for 10 iterations, not 3: on a busy machine tiered compilation needs seconds to reach the
// optimised code, and fewer warm-ups measured partly unoptimised code.
var shortJob = Job.ShortRun.WithWarmupCount(10).WithIterationCount(5);
var config = DefaultConfig.Instance.AddJob((isShort ? shortJob : Job.Default).WithToolchain(InProcessEmitToolchain.Instance));
var summary = BenchmarkRunner.Run<ExtractionBenchmarks>(config, [.. args.Where(a => a != "--short")]);
PrintThroughput(summary);

static void PrintThroughput(Summary summary)
{
    Console.WriteLine();
    Console.WriteLine($"Large corpus: {Corpus.Large.Source}");
    foreach (var group in summary.Reports.GroupBy(r => r.BenchmarkCase.Parameters["Input"]?.ToString()))
    {
        var articles = ExtractionBenchmarks.Articles(group.Key!);
        var bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));
        double? floorNs = null;
        foreach (var report in group.OrderBy(r => r.BenchmarkCase.Descriptor.Baseline ? 0 : 1))
        {
            if (report.ResultStatistics is not { } stats)
                continue;
            var seconds = stats.Mean / 1e9;
            floorNs ??= stats.Mean;
            var ratio = stats.Mean / floorNs.Value;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-18} {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,-38} {articles.Length / seconds,12:N0} articles/s {bytes / 1e6 / seconds,10:N1} MB/s (UTF-8) {seconds * 1e3 / (bytes / 1e6),8:N1} ms/MB  x{ratio:N1} floor"));
        }
    }
}

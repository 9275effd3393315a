using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using QuoteCheck.Benchmarks;

// `--short` runs a short job (few iterations) for a quick figure; any other arguments go to BenchmarkDotNet.
var isShort = args.Contains("--short");
var config = DefaultConfig.Instance;
if (isShort)
    config = config.AddJob(Job.ShortRun);
var summary = BenchmarkRunner.Run<ExtractionBenchmarks>(config, [.. args.Where(a => a != "--short")]);
PrintThroughput(summary);

static void PrintThroughput(Summary summary)
{
    Console.WriteLine();
    Console.WriteLine($"Large corpus: {Corpus.Large.Source}");
    foreach (var group in summary.Reports.GroupBy(r => r.BenchmarkCase.Parameters["Input"]?.ToString()))
    {
        var articles = group.Key == "seed" ? [Corpus.Seed] : Corpus.Large.Articles;
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
                $"{group.Key,-6} {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,-38} {articles.Length / seconds,12:N0} articles/s {bytes / 1e6 / seconds,10:N1} MB/s (UTF-8)  x{ratio:N1} floor"));
        }
    }
}

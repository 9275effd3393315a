using System.Buffers;
using BenchmarkDotNet.Attributes;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Benchmarks;

/// <summary>Extraction throughput against the floor: one <c>IndexOfAny</c> pass over quotation marks on the same text.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"\u201C\u201D\u2018\u2019\u00AB\u00BB");
    private readonly QuoteExtractor _extractor = new();
    private string[] _articles = [];

    /// <summary>Which input: the seed article alone, the large corpus, or one adversarial shape (<see cref="Shapes"/>).</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "seed";

    /// <summary>Every input the benchmark runs.</summary>
    public static IEnumerable<string> Inputs => ["seed", "large", .. Shapes.Names];

    [GlobalSetup]
    public void Setup() => _articles = Articles(Input);

    /// <summary>The articles of input <paramref name="input"/>.</summary>
    public static string[] Articles(string input) => input switch
    {
        "seed" => [Corpus.Seed],
        "large" => Corpus.Large.Articles,
        _ => [Shapes.Text(input)],
    };

    [Benchmark(Baseline = true, Description = "floor: IndexOfAny over quote marks")]
    public int Floor()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            var span = article.AsSpan();
            int i;
            while ((i = span.IndexOfAny(QuoteMarks)) >= 0)
            {
                count++;
                span = span[(i + 1)..];
            }
        }

        return count;
    }

    [Benchmark(Description = "QuoteExtractor.Extract")]
    public int Extract()
    {
        var count = 0;
        foreach (var article in _articles)
            count += _extractor.Extract(article).Count;
        return count;
    }
}

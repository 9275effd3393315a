using CsCheck;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Tests.Extraction;

/// <summary>
/// Every shape of input costs work linear in its length: generated mixes of quotation marks, speech verbs, names,
/// pronouns, titles and punctuation, with and without newlines, never take more loop steps per character than a
/// fixed bound (work is counted in steps, never in seconds).
/// </summary>
public class LinearWorkTests(ITestOutputHelper output)
{
    // Work may be at most a + b·n steps for n characters: b is the worst steps per character measured over these mixes
    // (about 19) with room; a covers the learned stages' fixed allowance per document (a few dozen quotes, see ModelBudget).
    // News costs 2-4 steps per character.
    private const double MaxStepsPerChar = 25;
    private const long FixedSteps = 150_000;

    private static readonly string[] Pieces =
    [
        "\u201C", "\u201D", "\"", "\u2018", "\u2019", "\u00AB", "\u00BB", " said ", " says ", " told ", " added", ", ", ". ", " he ",
        " she ", " they ", " it ", " I ", " Ann Roe", " Bo Lin", " the mayor", " Sen. Jane Roe, D-Ore.,", " also", " not", " has been",
        " according to", ": ", " \u2014 ", " that", " and", " who", " called", " as a", " word", " Word", " The Company", " (DFO)",
        " ANALYST'S VIEW:", " Mr.", " 52 percent", "'s claim", " the report", " a study by Acme", " obtained by", " Al Roe",
        " Clayton Heights", " an engineering professor", "\nREAD MORE: ", "\n", "\n\n",
    ];

    private static readonly Gen<string> Texts = Gen.Frequency(
        (6, Gen.OneOf(Pieces).Array[1, 4000].Select(string.Concat)),
        (2, Gen.OneOf(Pieces.Where(p => !p.Contains('\n')).ToArray()).Array[1000, 6000].Select(string.Concat)),
        (2, Gen.OneOf(Pieces).Array[1, 40].SelectMany(unit => Gen.Int[50, 400].Select(n => string.Concat(Enumerable.Repeat(string.Concat(unit), n))))));

    [Fact]
    public void GeneratedAdversarialMixes_CostLinearWork()
    {
        var extractor = new QuoteExtractor();
        var worst = 0.0;
        var worstText = string.Empty;
        var gate = new Lock();
        Texts.Sample(text =>
        {
            extractor.Extract(text, out var steps, TestContext.Current.CancellationToken);
            var perChar = (double)(steps - FixedSteps) / Math.Max(1, text.Length);
            lock (gate)
            {
                if (perChar > worst)
                    (worst, worstText) = (perChar, text);
            }
        }, iter: 300);
        Assert.True(worst <= MaxStepsPerChar, $"{worst:F1} steps per character beyond the fixed allowance (bound {MaxStepsPerChar}) for {worstText.Length} chars: {worstText[..Math.Min(300, worstText.Length)]}");
        output.WriteLine($"worst steps per character over the generated texts: {worst:F1} (bound {MaxStepsPerChar})");
    }

    [Fact]
    public void News_CostsFarLessThanTheBound()
    {
        var text = RepositoryFiles.ReadSeed();
        new QuoteExtractor().Extract(text, out var steps, TestContext.Current.CancellationToken);
        var perChar = (double)steps / text.Length;
        output.WriteLine($"seed article: {perChar:F1} steps per character");
        Assert.InRange(perChar, 1, 8);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void SpeechVerbChains_StayWithinTheLinearBoundAtEverySize(int size)
    {
        // '"a" said "b" said "c" said …' once recursed over every earlier speech verb
        var text = string.Concat(Enumerable.Range(0, size).Select(i => $"\"w{i},\" he said, ")).Substring(0, size * 10);
        new QuoteExtractor().Extract(text, out var steps, TestContext.Current.CancellationToken);
        Assert.InRange((double)(steps - FixedSteps) / text.Length, 0, MaxStepsPerChar);
    }
}

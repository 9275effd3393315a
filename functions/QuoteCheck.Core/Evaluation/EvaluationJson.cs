using System.Text.Json;
using System.Text.Json.Serialization;
using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Evaluation;

/// <summary>Source-generated System.Text.Json metadata for the evaluation and extraction contracts (camelCase).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never, UseStringEnumConverter = true)]
[JsonSerializable(typeof(GoldArticle))]
[JsonSerializable(typeof(ExtractionLine))]
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(EvaluationSummary))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;

/// <summary>The <c>extract --json</c> line for one input file.</summary>
public sealed record ExtractionLine(string File, IReadOnlyList<ExtractionLineQuote> Quotes);

/// <summary>One quote in the <c>extract --json</c> contract.</summary>
public sealed record ExtractionLineQuote(
    string Text, int Start, int End, string Kind, string? Speaker, string? SpeakerMention, int? SpeakerStart, int? SpeakerEnd,
    string? Role, string? Cue, int? CueStart, int? CueEnd, double Confidence, string Evidence);

/// <summary>Reads labelled JSONL and writes the JSON Lines contracts.</summary>
public static class EvaluationJson
{
    // Writes non-ASCII text and apostrophes as they are (valid JSON, readable in a terminal).
    private static readonly EvaluationJsonContext Output = new(new JsonSerializerOptions(EvaluationJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Parses labelled articles, one JSON object per non-blank line.</summary>
    public static IReadOnlyList<GoldArticle> ParseLabelled(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articles = new List<GoldArticle>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var article = JsonSerializer.Deserialize(line, EvaluationJsonContext.Default.GoldArticle)
                ?? throw new FormatException($"Line {lineNumber} is not an article object.");
            articles.Add(article with { Quotes = article.Quotes ?? [] });
        }

        return articles;
    }

    /// <summary>Loads a labelled JSONL file.</summary>
    public static IReadOnlyList<GoldArticle> LoadLabelled(string path)
    {
        using var reader = File.OpenText(path);
        return ParseLabelled(reader);
    }

    /// <summary>The one-line JSON object of the <c>extract --json</c> contract for one file.</summary>
    public static string ExtractionLine(string file, IEnumerable<ExtractedQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var line = new ExtractionLine(file, [.. quotes.Select(ToLine)]);
        return JsonSerializer.Serialize(line, Output.ExtractionLine);
    }

    /// <summary>The evaluation of several files (each, and pooled) as one JSON object.</summary>
    public static string Summary(EvaluationSummary summary) =>
        JsonSerializer.Serialize(summary, Output.EvaluationSummary);

    /// <summary>The evaluation report as one JSON object.</summary>
    public static string Report(EvaluationReport report) =>
        JsonSerializer.Serialize(report, Output.EvaluationReport);

    private static ExtractionLineQuote ToLine(ExtractedQuote q) => new(
        q.Text, q.Start, q.End, q.Kind switch { QuoteKind.Direct => "direct", QuoteKind.Partial => "partial", _ => "indirect" },
        q.Speaker, q.SpeakerMention, q.SpeakerStart, q.SpeakerEnd, q.Role, q.Cue, q.CueStart, q.CueEnd, q.Confidence, q.Evidence);
}

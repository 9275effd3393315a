using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteCheck.Core.Extraction;

/// <summary>Source-generated JSON metadata for the committed quote model (camelCase).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(QuoteModel))]
internal sealed partial class QuoteModelJsonContext : JsonSerializerContext;

/// <summary>Reads and writes <see cref="QuoteModel"/> files, and holds the one embedded in this assembly.</summary>
public static class QuoteModelJson
{
    private const string ResourceName = "QuoteCheck.Core.quote-model.json";
    private static readonly Lazy<QuoteModel?> EmbeddedModel = new(LoadEmbedded);

    /// <summary>The model committed with the extractor (functions/QuoteCheck.Core/Extraction/Learning/quote-model.json), or null in a build without one.</summary>
    public static QuoteModel? Embedded => EmbeddedModel.Value;

    /// <summary>The feature names the extractor computes, in vector order.</summary>
    public static IReadOnlyList<string> FeatureNames => QuoteFeatures.Names;

    /// <summary>The feature names the mention ranker reads, in vector order.</summary>
    public static IReadOnlyList<string> MentionFeatureNames => MentionFeatures.Names;

    /// <summary>Parses a model file.</summary>
    public static QuoteModel Parse(string json) =>
        JsonSerializer.Deserialize(json, QuoteModelJsonContext.Default.QuoteModel) ?? throw new FormatException("The quote model file is empty.");

    /// <summary>Writes a model file.</summary>
    public static string Write(QuoteModel model) => JsonSerializer.Serialize(model, QuoteModelJsonContext.Default.QuoteModel);

    private static QuoteModel? LoadEmbedded()
    {
        using var stream = typeof(QuoteModelJson).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        var model = Parse(reader.ReadToEnd());
        if (!model.Features.SequenceEqual(QuoteFeatures.Names) || (model.Mention is not null && !model.MentionFeatures.SequenceEqual(MentionFeatures.Names)))
        {
            throw new InvalidOperationException(
                "The committed quote model was trained on other features than the extractor computes; retrain it with 'quotecheck train'.");
        }

        return model;
    }
}

using System.Text.Json;

namespace QuoteCheck.Functions.Review;

/// <summary>The body of <c>POST /api/quotes/{articleId}/{quoteId}/transitions</c>.</summary>
public sealed record TransitionRequestBody(string? Action, string? Reviewer, string? Note, string? CorrectedSpeaker, string? CorrectedText)
{
    /// <summary>The largest body accepted: corrections and notes are bounded well below this.</summary>
    public const int MaxBytes = 128 * 1024;

    /// <summary>Reads the body, or says what is wrong with it.</summary>
    public static (TransitionRequestBody? Body, string? Error) Parse(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return (null, "The request needs a JSON body: {\"action\": \"claim\", \"reviewer\"?, \"note\"?, \"correctedSpeaker\"?, \"correctedText\"?}.");
        }

        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object.");
            }

            string? error = null;
            string? Read(string name)
            {
                if (!document.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                if (value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }

                error ??= $"Field '{name}' must be a string.";
                return null;
            }

            var body = new TransitionRequestBody(Read("action"), Read("reviewer"), Read("note"), Read("correctedSpeaker"), Read("correctedText"));
            if (error is not null)
            {
                return (null, error);
            }

            return string.IsNullOrWhiteSpace(body.Action) ? (null, "Field 'action' is required.") : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON: {ex.Message}");
        }
    }
}

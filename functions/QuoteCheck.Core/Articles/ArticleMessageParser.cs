using System.Text;
using System.Text.Json;

namespace QuoteCheck.Core.Articles;

/// <summary>The outcome of reading one queue message: a submission, or the reason it can never be processed.</summary>
public abstract record ParsedMessage
{
    private ParsedMessage()
    {
    }

    /// <summary>A message that names an article to process.</summary>
    public sealed record Accepted(ArticleSubmission Submission) : ParsedMessage;

    /// <summary>A message that will never succeed, however often it is retried.</summary>
    /// <param name="ArticleId">The id to record the rejection under: the message's own id when it had a valid one, else a hash of the raw bytes.</param>
    /// <param name="Reason">What is wrong, for the producer.</param>
    /// <param name="RawText">The message as text (invalid UTF-8 replaced), so nothing is lost.</param>
    public sealed record Rejected(string ArticleId, string Reason, string RawText) : ParsedMessage;
}

/// <summary>
/// Reads the <c>articles</c> queue message contract: a JSON object
/// <c>{"id"?, "title"?, "url"?, "source"?, "publishedAt"?, "language"?, "body" | "blobUri"}</c>,
/// or plain text taken as the body.
/// </summary>
public static class ArticleMessageParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses one message body (already decoded from the queue's base64 envelope).</summary>
    public static ParsedMessage Parse(ReadOnlySpan<byte> message)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(message);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? $" at byte {ex.Index}" : string.Empty;
            return new ParsedMessage.Rejected(
                ArticleId.FromBytes(message),
                $"Message is not valid UTF-8 text (invalid byte sequence{offset}). Send UTF-8.",
                Encoding.UTF8.GetString(message));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] == '{' ? ParseJson(text, message) : ParsePlainText(text);
    }

    private static ParsedMessage ParsePlainText(string text) =>
        string.IsNullOrWhiteSpace(text)
            ? new ParsedMessage.Rejected(ArticleId.FromContent(text), "Article body is empty.", text)
            : new ParsedMessage.Accepted(new ArticleSubmission { Body = text });

    private static ParsedMessage ParseJson(string text, ReadOnlySpan<byte> raw)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return new ParsedMessage.Rejected(
                ArticleId.FromBytes(raw),
                $"Message starts like JSON but does not parse: {ex.Message}",
                text);
        }

        using (document)
        {
            var root = document.RootElement;
            var rawId = ArticleId.FromBytes(raw);
            var reader = new FieldReader(root);
            var id = reader.String("id");
            if (id is not null && !ArticleId.IsValid(id))
            {
                return new ParsedMessage.Rejected(
                    rawId,
                    $"Field 'id' must be 1-{ArticleId.MaxLength} letters, digits, '-', '_' or '.', starting with a letter or digit.",
                    text);
            }

            var submission = new ArticleSubmission
            {
                Id = id,
                Title = reader.String("title"),
                Url = reader.String("url"),
                Source = reader.String("source"),
                Language = reader.String("language"),
                PublishedAt = reader.Timestamp("publishedAt"),
                Body = reader.String("body"),
                BlobUri = reader.AbsoluteUri("blobUri"),
            };

            var recordId = id ?? rawId;
            if (reader.Error is { } error)
            {
                return new ParsedMessage.Rejected(recordId, error, text);
            }

            if (submission.Body is not null && submission.BlobUri is not null)
            {
                return new ParsedMessage.Rejected(recordId, "Give either 'body' or 'blobUri', not both.", text);
            }

            if (submission.BlobUri is null && string.IsNullOrWhiteSpace(submission.Body))
            {
                return new ParsedMessage.Rejected(
                    id ?? (submission.Body is null ? rawId : ArticleId.FromContent(submission.Body)),
                    submission.Body is null ? "Message has no 'body' (or 'blobUri')." : "Article body is empty.",
                    text);
            }

            return new ParsedMessage.Accepted(submission);
        }
    }

    /// <summary>Reads optional fields, remembering the first one of the wrong type.</summary>
    private sealed class FieldReader(JsonElement root)
    {
        public string? Error { get; private set; } = root.ValueKind == JsonValueKind.Object ? null : "Message JSON must be an object.";

        public string? String(string name)
        {
            if (Error is not null || !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Error = $"Field '{name}' must be a string, not {Describe(value.ValueKind)}.";
                return null;
            }

            return value.GetString();
        }

        public DateTimeOffset? Timestamp(string name)
        {
            var value = String(name);
            if (value is null)
            {
                return null;
            }

            if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return parsed;
            }

            Error = $"Field '{name}' must be an ISO 8601 date and time, not '{Truncate(value)}'.";
            return null;
        }

        public Uri? AbsoluteUri(string name)
        {
            var value = String(name);
            if (value is null)
            {
                return null;
            }

            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return uri;
            }

            Error = $"Field '{name}' must be an absolute http(s) URI, not '{Truncate(value)}'.";
            return null;
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => kind.ToString(),
        };

        private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "...";
    }
}

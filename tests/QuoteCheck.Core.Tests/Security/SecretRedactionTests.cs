using QuoteCheck.Core.Security;

namespace QuoteCheck.Core.Tests.Security;

/// <summary>Credentials never reach a reason, a problem or a log line; the rest of the text does.</summary>
public class SecretRedactionTests
{
    private const string Signature = "Zm9vYmFyc2VjcmV0c2lnbmF0dXJl%2B%2F%3D";

    [Theory]
    [InlineData("https://st.blob.core.windows.net/articles/incoming/a.txt?sv=2024-11-04&se=2030-01-01&sr=b&sp=r&sig=" + Signature, "sp=r&sig=[redacted]")]
    [InlineData("'blobUri' must not carry a query string, not 'https://x/articles/a.txt?sig=" + Signature + "&sv=1'.", "?sig=[redacted]&sv=1'.")]
    [InlineData("https://func.azurewebsites.net/api/quotes?code=abcDEF123-_==", "?code=[redacted]")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=st;AccountKey=c2VjcmV0a2V5;EndpointSuffix=core.windows.net", "AccountKey=[redacted];EndpointSuffix")]
    [InlineData("BlobEndpoint=https://st.blob.core.windows.net/;SharedAccessSignature=sv=2024&sig=" + Signature, "SharedAccessSignature=[redacted]")]
    [InlineData("Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "Bearer [redacted]")]
    [InlineData("sig=" + Signature, "sig=[redacted]")]
    [InlineData("{\"blobUri\":\"https://x/articles/a.txt?sv=1\\u0026sig=" + Signature + "\\u0026sp=r\"}", "\\u0026sig=[redacted]\\u0026sp=r")]
    [InlineData("https://x/articles/a.txt?SIG=" + Signature, "?SIG=[redacted]")]
    public void Secrets_AreReplaced_AndTheRestIsKept(string text, string expected)
    {
        var redacted = SecretRedaction.Redact(text)!;

        Assert.Contains(expected, redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Zm9vYmFy", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("abcDEF123", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJzdWIi", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Blob 'incoming/a.txt' does not exist in container 'articles'.")]
    [InlineData("\"Our militaries are in constant contact,\" he said; the design signature was new.")]
    [InlineData("")]
    public void TextWithoutSecrets_IsUnchanged(string text) => Assert.Equal(text, SecretRedaction.Redact(text));

    [Fact]
    public void Null_StaysNull() => Assert.Null(SecretRedaction.Redact(null));
}

using Azure.Storage.Blobs;
using QuoteCheck.Functions.Ingestion;

namespace QuoteCheck.Integration.Tests.Security;

/// <summary>Which claim-check URIs may be read (no storage calls: the check is on the URI and the container's address).</summary>
public sealed class ClaimCheckUriTests
{
    private static readonly BlobContainerClient Azure = new(new Uri("https://stqcabc123.blob.core.windows.net/articles"));
    private static readonly BlobContainerClient Azurite = new(new Uri("http://127.0.0.1:10000/devstoreaccount1/articles"));

    [Theory]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/abc.txt", "incoming/abc.txt")]
    [InlineData("https://STQCABC123.blob.core.windows.net/articles/incoming/2025/03/a-b_c.d~e.txt", "incoming/2025/03/a-b_c.d~e.txt")]
    public void ABlobUnderIncoming_OnTheAccountAndContainer_IsRead(string uri, string blobName)
    {
        var reference = ClaimCheckUri.Resolve(new Uri(uri), Azure);

        Assert.Null(reference.Problem);
        Assert.Equal(blobName, reference.BlobName);
    }

    [Fact]
    public void OnAzurite_TheAccountInThePath_IsPartOfTheCheck()
    {
        Assert.Equal("incoming/a.txt", ClaimCheckUri.Resolve(new Uri("http://127.0.0.1:10000/devstoreaccount1/articles/incoming/a.txt"), Azurite).BlobName);
        Assert.Contains("storage account", ClaimCheckUri.Resolve(new Uri("http://127.0.0.1:10000/otheraccount/articles/incoming/a.txt"), Azurite).Problem, StringComparison.Ordinal);
        Assert.NotNull(ClaimCheckUri.Resolve(new Uri("http://127.0.0.1:10001/devstoreaccount1/articles/incoming/a.txt"), Azurite).Problem);
    }

    [Theory]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/..%2Fazure-webjobs-secrets%2Ffunc-quotecheck%2Fhost.json", "percent-encoding")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/..%2F..%2Fazure-webjobs-secrets%2Fhost.json", "percent-encoding")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/%2e%2e/%2e%2e/app-package/released.zip", "percent-encoding")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/..%252Fapp-package", "percent-encoding")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/%41.txt", "percent-encoding")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/../../azure-webjobs-secrets/host.json", "'..' segments")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/./a.txt", "'.' or '..' segments")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming//a.txt", "empty ones")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles\\incoming\\..\\..\\azure-webjobs-secrets\\host.json", "backslashes")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/a.txt?sv=2024-11-04&sr=b&sp=r&sig=abc", "query string")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/a.txt?comp=list", "query string")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/a.txt#frag", "query string or fragment")]
    [InlineData("https://evil.blob.core.windows.net/articles/incoming/a.txt", "storage account")]
    [InlineData("http://stqcabc123.blob.core.windows.net/articles/incoming/a.txt", "storage account")]
    [InlineData("https://stqcabc123.blob.core.windows.net:8443/articles/incoming/a.txt", "storage account")]
    [InlineData("https://user:pw@stqcabc123.blob.core.windows.net/articles/incoming/a.txt", "storage account")]
    [InlineData("https://stqcabc123.blob.core.windows.net/app-package/incoming/a.txt", "under 'incoming/'")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles-poison/incoming/a.txt", "under 'incoming/'")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/texts/abc.txt", "under 'incoming/'")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/abc.txt", "under 'incoming/'")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/Incoming/abc.txt", "under 'incoming/'")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/", "empty ones")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/caf\u00e9.txt", "letters, digits")]
    [InlineData("https://stqcabc123.blob.core.windows.net/articles/incoming/a b.txt", "letters, digits")]
    public void AnythingElse_IsRefusedSayingWhy(string uri, string complaint)
    {
        var reference = ClaimCheckUri.Resolve(new Uri(uri), Azure);

        Assert.Null(reference.BlobName);
        Assert.Contains(complaint, reference.Problem, StringComparison.Ordinal);
        Assert.Contains("https://stqcabc123.blob.core.windows.net/articles/incoming/<name>", reference.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusal_NeverRepeatsASasSignature()
    {
        var reference = ClaimCheckUri.Resolve(new Uri("https://stqcabc123.blob.core.windows.net/articles/incoming/a.txt?sv=2024-11-04&sig=c2VjcmV0U0lHTkFUVVJF"), Azure);

        Assert.DoesNotContain("c2VjcmV0U0lHTkFUVVJF", reference.Problem, StringComparison.Ordinal);
        Assert.Contains("sig=[redacted]", reference.Problem, StringComparison.Ordinal);
    }
}

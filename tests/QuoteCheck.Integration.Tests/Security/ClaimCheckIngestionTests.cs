using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Ingestion;

namespace QuoteCheck.Integration.Tests.Security;

/// <summary>
/// Against Azurite: a queue message reaches only its own blob, whatever it tries (a secret planted in another container is
/// never read), and a SAS it carries appears in no reason, no API answer and no log line.
/// </summary>
public sealed class ClaimCheckIngestionTests(ClaimCheckIngestionTests.Fixture host) : IClassFixture<ClaimCheckIngestionTests.Fixture>
{
    private const string PlantedSecret = "PLANTED-HOST-KEY-7f3a9c";
    private const string PlantedSignature = "c2VjcmV0U2lnbmF0dXJlRm9yVGVzdHM%3D";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Escapes() => new()
    {
        { "encoded-slash", "/..%2F{secrets}%2Fhost.json" },
        { "encoded-slash-under-incoming", "/incoming/..%2F..%2F{secrets}%2Fhost.json" },
        { "encoded-dots", "/incoming/%2e%2e/%2e%2e/{secrets}/host.json" },
        { "double-encoded", "/incoming/..%252F..%252F{secrets}%252Fhost.json" },
        { "plain-dots", "/incoming/../../{secrets}/host.json" },
        { "backslashes", "\\incoming\\..\\..\\{secrets}\\host.json" },
        { "other-container", "/../{secrets}/host.json" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task AMessageNamingABlobOutsideIncoming_IsRejected_AndTheOtherContainerIsNeverRead(string name, string suffix)
    {
        var secrets = await host.PlantSecretAsync();
        var id = "escape-" + name;
        var blobUri = host.Layout.Container.Uri.AbsoluteUri + suffix.Replace("{secrets}", secrets.Name, StringComparison.Ordinal);

        await host.IngestAsync(JsonSerializer.SerializeToUtf8Bytes(new { id, blobUri }));

        var article = await host.Http.GetArticleAsync(id);
        Assert.Equal("Rejected", article!.Status);
        Assert.Contains("'blobUri' must", article.RejectionReason, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedSecret, article.Text, StringComparison.Ordinal);
        Assert.Empty((await host.Http.ListQuotesAsync($"articleId={id}")).Items);
    }

    [Fact]
    public async Task ASasInAMessage_IsInNoReason_NoAnswer_AndNoLogLine()
    {
        var blobUri = host.Layout.Container.Uri.AbsoluteUri + "/incoming/sas.txt?sv=2024-11-04&sr=b&sp=r&se=2030-01-01T00%3A00%3A00Z&sig=" + PlantedSignature;
        await host.Layout.Container.GetBlobClient("incoming/sas.txt").UploadAsync(BinaryData.FromString("\"Words,\" she said."), overwrite: true, Cancel);

        await host.IngestAsync(JsonSerializer.SerializeToUtf8Bytes(new { id = "sas-planted", blobUri }));
        await host.IngestAsync(JsonSerializer.SerializeToUtf8Bytes(new { id = "sas-unparseable", blobUri = "ftp://elsewhere/a.txt?sig=" + PlantedSignature }));

        foreach (var id in new[] { "sas-planted", "sas-unparseable" })
        {
            var answer = await host.Http.GetStringAsync($"api/articles/{id}", Cancel);
            Assert.Contains("\"status\":\"Rejected\"", answer, StringComparison.Ordinal);
            Assert.DoesNotContain(PlantedSignature, answer, StringComparison.Ordinal);
            Assert.DoesNotContain("c2VjcmV0U2lnbmF0dXJl", answer, StringComparison.Ordinal);
            Assert.Contains("[redacted]", answer, StringComparison.Ordinal);
        }

        using var posted = await host.Http.PostAsync("api/articles", new StringContent($"{{\"id\": \"sas-posted\", \"blobUri\": \"not-absolute?sig={PlantedSignature}\"}}", Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.DoesNotContain("c2VjcmV0U2lnbmF0dXJl", await posted.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var lines = host.Logs.Records.Where(r => r.Message.Contains("sas-", StringComparison.Ordinal) || r.Scopes.Values.OfType<string>().Any(v => v.StartsWith("sas-", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(lines);
        Assert.All(host.Logs.Records, r => Assert.DoesNotContain("c2VjcmV0U2lnbmF0dXJl", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASasInAPoisonedMessage_IsNotShownByThePoisonListing()
    {
        await host.Get<PoisonInspector>().Raw.SendMessageAsync($"plain text naming https://x.blob.core.windows.net/articles/a.txt?sv=1&sig={PlantedSignature}", Cancel);

        var listing = await host.Http.GetStringAsync("api/poison", Cancel);

        Assert.Contains("sig=[redacted]", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0U2lnbmF0dXJl", listing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASasInADrainedPoisonMessage_IsInNoRecord_NoAnswer_NoConsoleLine_AndNoLogLine()
    {
        // A claim-check message carrying a SAS, which every try failed on (its failure noted with the URI), drained by the timer.
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id = "sas-drained", blobUri = $"https://x.blob.core.windows.net/articles/incoming/a.txt?sv=1&sig={PlantedSignature}" });
        await host.Get<QuoteCheck.Functions.Storage.PoisonRecords>().NoteFailureAsync(message, 5, $"RequestFailedException: 503 for https://x.blob.core.windows.net/articles/incoming/a.txt?sv=1&sig={PlantedSignature}", DateTimeOffset.UtcNow, Cancel);
        var sent = (await host.Get<PoisonInspector>().Raw.SendMessageAsync(Convert.ToBase64String(message), Cancel)).Value;

        Assert.True(await host.Get<PoisonDrain>().DrainAsync(Cancel) >= 1);

        var listing = await host.Http.GetFromJsonAsync<PoisonPageResponse>("api/poison", JsonSerializerOptions.Web, Cancel);
        var drained = Assert.Single(listing!.Drained, d => d.MessageId == sent.MessageId);
        Assert.Equal("sas-drained", drained.ArticleId);
        Assert.Contains("sig=[redacted]", drained.Text, StringComparison.Ordinal);
        Assert.Contains("sig=[redacted]", drained.Reason, StringComparison.Ordinal);
        var answers = new[]
        {
            await host.Http.GetStringAsync("api/poison", Cancel),
            await host.Http.GetStringAsync("api/articles/sas-drained", Cancel),
            await host.Http.GetStringAsync("api/articles?status=Rejected&pageSize=100", Cancel),
            await PoisonCli.RunAsync(host, "list"),
        };
        Assert.All(answers, answer => Assert.DoesNotContain("c2VjcmV0U2lnbmF0dXJl", answer, StringComparison.Ordinal));

        // Nothing at rest either: every property of every poison row and of the article's rows, base64 decoded where it is.
        var stored = new List<string>();
        foreach (var table in new[] { host.Layout.Poison, host.Layout.Articles })
        {
            await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: Cancel))
            {
                foreach (var value in row.Select(property => property.Value).OfType<string>())
                {
                    stored.Add(value);
                    var bytes = new byte[value.Length];
                    if (Convert.TryFromBase64String(value, bytes, out var written))
                    {
                        stored.Add(Encoding.UTF8.GetString(bytes, 0, written));
                    }
                }
            }
        }

        Assert.Contains(stored, v => v.Contains("sas-drained", StringComparison.Ordinal));
        Assert.All(stored, v => Assert.DoesNotContain("c2VjcmV0U2lnbmF0dXJl", v, StringComparison.Ordinal));
        Assert.All(host.Logs.Records, r => Assert.DoesNotContain("c2VjcmV0U2lnbmF0dXJl", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LargeArticles_FromTheSenderAndFromPostApiArticles_AreWrittenUnderIncoming_AndRead()
    {
        var body = string.Concat(Enumerable.Repeat(Seeds.IdlibArticle + "\n\n", 16));
        Assert.True(Encoding.UTF8.GetByteCount(body) > ArticleQueueSender.MaxInlineMessageBytes);

        var queued = await host.Get<ArticleQueueSender>().SendAsync(new ArticleSubmission { Id = "large-sender", Body = body }, Cancel);
        using var posted = await host.Http.PostAsJsonAsync("api/articles", new { id = "large-posted", body }, Cancel);

        Assert.True(queued.ViaBlob);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        foreach (var id in new[] { "large-sender", "large-posted" })
        {
            var article = await Eventually.GetAsync(() => host.Http.GetArticleAsync(id), $"article {id} to be processed");
            Assert.Equal("Processed", article.Status);
            Assert.Equal(body, article.Text);
            Assert.True(await host.Layout.Container.GetBlobClient($"incoming/{id}/{ArticleId.FromContent(body)}.txt").ExistsAsync(Cancel));
        }
    }

    /// <summary>The local host with a log collector, and a container standing in for the host's secrets.</summary>
    public sealed class Fixture : LocalHostFixture
    {
        private BlobContainerClient? _secrets;

        public IngestionLoggingTests.LogCollector Logs { get; } = new();

        /// <summary>A container beside the articles one, holding a secret the way azure-webjobs-secrets holds host keys.</summary>
        public async Task<BlobContainerClient> PlantSecretAsync()
        {
            if (_secrets is null)
            {
                var secrets = Layout.Container.GetParentBlobServiceClient().GetBlobContainerClient("secrets-" + Guid.NewGuid().ToString("N")[..12]);
                await secrets.CreateIfNotExistsAsync(cancellationToken: Cancel);
                await secrets.GetBlobClient("host.json").UploadAsync(BinaryData.FromString($"{{\"masterKey\": \"{PlantedSecret}\"}}"), overwrite: true, Cancel);
                _secrets = secrets;
            }

            return _secrets;
        }

        public Task IngestAsync(byte[] message) =>
            Get<IngestArticle>().Run(QueuesModelFactory.QueueMessage("m-" + Guid.NewGuid().ToString("N")[..8], "pop", new BinaryData(message), 1), Cancel);

        protected override void Configure(WebApplicationBuilder builder)
        {
            builder.Logging.AddProvider(Logs);
            builder.Logging.AddFilter<IngestionLoggingTests.LogCollector>(null, LogLevel.Trace);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Azure.Storage.Queues.Models;
using QuoteCheck.Cli.Commands;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Integration.Tests.Infrastructure;
using QuoteCheck.Integration.Tests.Review;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Integration.Tests;

/// <summary>
/// The README shows what the product prints for the seed article; these keep it true as the extractor changes: the
/// sample quote JSON is what the API returns for that quote, and the quotes in the sample output of <c>up</c> are
/// what <c>up</c> prints. Values the README abbreviates with "..." (ids of a run, times, long text) match any value
/// that starts (or, inside a string, continues) the same way.
/// </summary>
public sealed class ReadmeSampleTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string SeedFile = "seeds/idlib-erdogan-putin.txt";

    private static readonly JsonSerializerOptions AsTheSenderWrites = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests inside the repository."), "README.md"));

    [Fact]
    public async Task SampleQuoteJson_IsWhatTheApiReturnsForThatSeedQuote()
    {
        var sample = JsonDocument.Parse(Block("<!-- sample-quote", "```json")).RootElement;
        var articleId = sample.GetProperty("articleId").GetString()!;
        await IngestSeedAsUpDoesAsync(articleId);
        var article = await host.Http.GetArticleAsync(articleId);
        var prefix = Prefix(sample.GetProperty("text").GetString()!);
        var quote = Assert.Single(article!.Quotes, q => q.Text.StartsWith(prefix, StringComparison.Ordinal));

        // As a reviewer sees it moments after ingestion: linked (with no other article quoting it).
        await Eventually.GetAsync(async () => await host.Http.GetQuoteAsync(quote) is { IdentityId: not null } linked ? linked : null, "the sample quote to be linked");
        using var response = await host.Http.GetAsync($"api/quotes/{quote.ArticleId}/{quote.QuoteId}", TestContext.Current.CancellationToken);
        var actual = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(
            actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            sample.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var property in sample.EnumerateObject())
        {
            var value = actual.GetProperty(property.Name);
            Assert.True(Matches(property.Value, value), $"README's sample quote says \"{property.Name}\": {property.Value.GetRawText()}, the API returns {value.GetRawText()}.");
        }
    }

    [Fact]
    public async Task SampleOutputOfUp_ListsTheQuotesUpPrintsForTheSeed()
    {
        var block = Block("<!-- sample-up", "```");
        var lines = block.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith($"{SeedFile}: article ", StringComparison.Ordinal));
        Assert.True(start >= 0, $"README's sample output of up has no line for {SeedFile}.");
        var shown = lines.Skip(start).TakeWhile(l => l.Length > 0).ToList();

        var articleId = Regex.Match(shown[0], "article ([0-9a-f]+)").Groups[1].Value;
        await IngestSeedAsUpDoesAsync(articleId);
        var printed = new StringWriter();
        QuotePrinter.Print(printed, SeedFile, (await host.Http.GetArticleAsync(articleId))!);

        Assert.Equal(printed.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')), shown);
    }

    /// <summary>The seed as `up` submits it (title and source from the file name), through the queue function.</summary>
    private async Task IngestSeedAsUpDoesAsync(string articleId)
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "seeds", Path.GetFileName(SeedFile));
        var submission = await ArticleQueueSender.ReadFileAsync(seed, TestContext.Current.CancellationToken);
        var message = JsonSerializer.SerializeToUtf8Bytes(submission with { Id = articleId }, AsTheSenderWrites);
        await host.Get<IngestArticle>().Run(QueuesModelFactory.QueueMessage("m-" + articleId, "pop", new BinaryData(message), 1), TestContext.Current.CancellationToken);
    }

    /// <summary>The fenced block that follows <paramref name="marker"/> in the README, opened by <paramref name="fence"/>.</summary>
    private static string Block(string marker, string fence)
    {
        var at = Readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"README.md has no '{marker}'.");
        var open = Readme.IndexOf(fence, at, StringComparison.Ordinal);
        var body = Readme.IndexOf('\n', open) + 1;
        var close = Readme.IndexOf("\n```", body, StringComparison.Ordinal);
        return Readme[body..close].Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    private static string Prefix(string abbreviated) =>
        abbreviated.EndsWith("...", StringComparison.Ordinal) ? abbreviated[..^3].TrimEnd() : abbreviated;

    private static bool Matches(JsonElement sample, JsonElement actual)
    {
        if (sample.ValueKind == JsonValueKind.String && actual.ValueKind == JsonValueKind.String && sample.GetString()!.Contains("...", StringComparison.Ordinal))
        {
            var pattern = "^" + string.Join(".*", sample.GetString()!.Split("...").Select(part => Regex.Escape(part.TrimEnd()))) + ".*$";
            return Regex.IsMatch(actual.GetString()!, pattern, RegexOptions.Singleline);
        }

        return JsonElement.DeepEquals(sample, actual)
            || sample.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number && sample.GetDouble() == actual.GetDouble();
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Ingestion;

/// <summary>An operator can follow one article through the logs: one line says what became of it and how long it took, and every line carries its id.</summary>
public sealed class IngestionLoggingTests(IngestionLoggingTests.Fixture host) : IClassFixture<IngestionLoggingTests.Fixture>
{
    [Fact]
    public async Task EveryIngestionLogLine_CarriesTheArticleIdInScope_AndUsesATemplate()
    {
        var processed = JsonSerializer.SerializeToUtf8Bytes(new { id = "logged-ok", body = Seeds.IdlibArticle });
        var rejected = JsonSerializer.SerializeToUtf8Bytes(new { id = "logged-bad", body = "  " });

        foreach (var body in new[] { processed, rejected })
        {
            await host.Get<IngestArticle>().Run(QueuesModelFactory.QueueMessage("m", "p", new BinaryData(body), 1), TestContext.Current.CancellationToken);
        }

        var lines = host.Logs.Records.Where(r => r.Category == typeof(ArticleIngestor).FullName).ToList();
        var ok = Assert.Single(lines, r => r.Scopes.GetValueOrDefault("ArticleId") as string == "logged-ok");
        Assert.Equal(LogLevel.Information, ok.Level);
        Assert.Contains("{QuoteCount}", ok.Template, StringComparison.Ordinal);
        Assert.Matches(@"^Article logged-ok processed: 3 quotes from [\d,]+ characters in \d+ ms$", ok.Message);
        var bad = Assert.Single(lines, r => r.Scopes.GetValueOrDefault("ArticleId") as string == "logged-bad");
        Assert.Equal(LogLevel.Warning, bad.Level);
        Assert.Matches(@"^Article logged-bad rejected after \d+ ms: .+", bad.Message);
        Assert.All(lines, r => Assert.True(r.Scopes.ContainsKey("ArticleId") && r.Scopes.ContainsKey("MessageId"), $"'{r.Message}' has no article id in scope"));
    }

    /// <summary>The local host with a log collector.</summary>
    public sealed class Fixture : LocalHostFixture
    {
        public LogCollector Logs { get; } = new();

        protected override void Configure(WebApplicationBuilder builder)
        {
            builder.Logging.AddProvider(Logs);
            builder.Logging.AddFilter<LogCollector>("QuoteCheck", LogLevel.Information);
        }
    }

    /// <summary>Records log lines with their message template and the scope values around them.</summary>
    public sealed class LogCollector : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<Record> Records { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        public sealed record Record(string Category, LogLevel Level, string Message, string? Template, Dictionary<string, object?> Scopes);

        private sealed class Logger(LogCollector owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scopes = new Dictionary<string, object?>();
                owner._scopes.ForEachScope(
                    (scope, values) =>
                    {
                        if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
                        {
                            foreach (var (key, value) in pairs)
                            {
                                values[key] = value;
                            }
                        }
                    },
                    scopes);
                var template = (state as IEnumerable<KeyValuePair<string, object?>>)?.FirstOrDefault(kv => kv.Key == "{OriginalFormat}").Value as string;
                // The WebJobs host's Host.Results lines (its function-result aggregator) format to null: keep them as empty text.
                owner.Records.Enqueue(new Record(category, logLevel, formatter(state, exception) ?? string.Empty, template, scopes));
            }
        }
    }
}

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuoteCheck.Functions;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Cli.Load;

/// <summary>What one fixed-rate phase measured.</summary>
/// <param name="Name">The request measured.</param>
/// <param name="Sent">Requests started.</param>
/// <param name="Errors">Requests that failed, timed out or answered other than 2xx.</param>
/// <param name="AchievedPerSecond">Requests per second actually started and finished over the phase.</param>
/// <param name="Client">Latency seen by the client, from each request's scheduled start to the end of its body, in ms.</param>
/// <param name="Server">The server's own time (its <c>Server-Timing</c> header: request in to response headers), in ms.</param>
/// <param name="LoadBefore">The machine's 1-minute load average when the phase started (null where the OS does not say).</param>
/// <param name="LoadAfter">The same when it ended.</param>
internal sealed record LatencyReport(string Name, int Sent, int Errors, double AchievedPerSecond, Percentiles Client, Percentiles? Server, double? LoadBefore, double? LoadAfter);

/// <summary>p50, p95, p99 and the maximum of a set of latencies, in milliseconds.</summary>
internal sealed record Percentiles(double P50, double P95, double P99, double Max)
{
    public static Percentiles? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? null : new Percentiles(At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1]);
    }

    private static double At(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>
/// An open-loop latency benchmark of the HTTP API on loopback: requests are started on a fixed schedule
/// (rate × duration, bounded) whether or not earlier ones have answered, and each latency is measured from
/// its scheduled start, so a slow server cannot hide its queueing (no coordinated omission).
/// </summary>
internal static class LatencyRun
{
    public static async Task<IReadOnlyList<LatencyReport>> RunAsync(int rate, TimeSpan duration, TimeSpan warmUp, int articles, string connection, TextWriter output, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var settings = new Dictionary<string, string>
        {
            [StorageConnection.Name] = connection,
            ["QuoteCheck:TablePrefix"] = "lat" + suffix,
            ["QuoteCheck:ArticlesQueue"] = "lat-" + suffix,
            ["QuoteCheck:IndexRepairQueue"] = "lat-r-" + suffix,
            ["QuoteCheck:LinkQueue"] = "lat-l-" + suffix,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value))).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddQuoteCheck().BuildServiceProvider();
        var layout = services.GetRequiredService<StorageLayout>();
        await layout.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        await using var host = new LocalHostProcess(settings);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        using var http = new HttpClient { BaseAddress = new Uri(host.Url + "/"), Timeout = TimeSpan.FromSeconds(10) };

        // Data to read: seed-sized articles through the queue, as producers send them.
        var sender = services.GetRequiredService<ArticleQueueSender>();
        var seed = LoadArticles.Generate(articles * 2, await File.ReadAllTextAsync(Path.Combine(LocalHost.RepositoryRoot.Find()!, "seeds", "idlib-erdogan-putin.txt"), cancellationToken).ConfigureAwait(false))
            .Where(m => m.Valid).DistinctBy(m => m.ArticleId).Take(articles).ToList();
        await Parallel.ForEachAsync(seed, cancellationToken, async (m, ct) => await sender.SendAsync(new ArticleSubmission { Id = m.ArticleId, Title = "Latency " + m.ArticleId, Source = "bench", Body = m.Body }, ct).ConfigureAwait(false)).ConfigureAwait(false);
        var quotes = new List<(string ArticleId, string QuoteId)>();

        // Measured once the background work the articles cause is done too (cross-article linking runs off its own
        // queue and queries storage for every quote): the benchmark is of a serving API, not of a backlog.
        var setup = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < deadline)
        {
            var listed = await http.GetFromJsonAsync<JsonElement>($"api/articles?pageSize=100", cancellationToken).ConfigureAwait(false);
            if ((await ApproximateCountAsync(layout, cancellationToken).ConfigureAwait(false)) == 0 && listed.GetProperty("items").GetArrayLength() >= Math.Min(100, seed.Count))
            {
                break;
            }

            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }

        string? token = null;
        do
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"api/quotes?state=New&pageSize=100{(token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token))}", cancellationToken).ConfigureAwait(false);
            quotes.AddRange(page.GetProperty("items").EnumerateArray().Select(q => (q.GetProperty("articleId").GetString()!, q.GetProperty("quoteId").GetString()!)));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        output.WriteLine($"Local host at {host.Url}; {seed.Count} articles, {quotes.Count} quotes in the New queue, ingested and linked in {setup.Elapsed.TotalSeconds:N0} s. {rate} requests/s for {duration.TotalSeconds:N0} s per phase, after {warmUp.TotalSeconds:N0} s at that rate unmeasured.");

        var random = new Random(7);
        var reports = new List<LatencyReport>
        {
            await PhaseAsync("GET /api/quotes?state=New", http, rate, duration, warmUp, _ => "api/quotes?state=New", cancellationToken).ConfigureAwait(false),
            await PhaseAsync("GET /api/quotes/{articleId}/{quoteId}", http, rate, duration, warmUp, _ =>
            {
                var (a, q) = quotes[random.Next(quotes.Count)];
                return $"api/quotes/{a}/{q}";
            }, cancellationToken).ConfigureAwait(false),
        };

        await Task.WhenAll(layout.Articles.DeleteAsync(cancellationToken), layout.QuotesByState.DeleteAsync(cancellationToken), layout.Poison.DeleteAsync(cancellationToken), layout.QuoteLinks.DeleteAsync(cancellationToken), layout.QuoteIdentities.DeleteAsync(cancellationToken), layout.Speakers.DeleteAsync(cancellationToken), layout.LinkQueue.DeleteIfExistsAsync(cancellationToken), layout.ArticlesQueue.DeleteIfExistsAsync(cancellationToken), layout.PoisonQueue.DeleteIfExistsAsync(cancellationToken), layout.RepairQueue.DeleteIfExistsAsync(cancellationToken)).ConfigureAwait(false);
        return reports;
    }

    private static async Task<LatencyReport> PhaseAsync(string name, HttpClient http, int rate, TimeSpan duration, TimeSpan warmUp, Func<int, string> path, CancellationToken cancellationToken)
    {
        // Warm-up at the measured rate, not measured: the host's tiered JIT recompiles the hot paths and the
        // connection pools fill in the first seconds, which would otherwise be the whole p99 (60 of 6,000 requests).
        // Failures there are no reason to stop.
        await SendAtRateAsync(http, rate, (int)(rate * warmUp.TotalSeconds), path, (_, _, _, _) => { }, cancellationToken).ConfigureAwait(false);

        var loadBefore = LoadAverage();
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new double[total];
        var server = new double[total];
        Array.Fill(server, double.NaN);
        var errors = 0;
        var elapsed = await SendAtRateAsync(http, rate, total, path, (index, ms, serverMs, ok) =>
        {
            latencies[index] = ms;
            if (serverMs is { } s)
            {
                server[index] = s;
            }

            if (!ok)
            {
                Interlocked.Increment(ref errors);
            }
        }, cancellationToken).ConfigureAwait(false);
        return new LatencyReport(name, total, errors, total / elapsed.TotalSeconds, Percentiles.Of(latencies)!, Percentiles.Of(server.Where(ms => !double.IsNaN(ms))), loadBefore, LoadAverage());
    }

    /// <summary>
    /// Starts <paramref name="count"/> requests on a fixed schedule (open loop) and reports each one's latency from its
    /// scheduled start, the server's own time and whether it succeeded; returns the time all took.
    /// </summary>
    private static async Task<TimeSpan> SendAtRateAsync(HttpClient http, int rate, int count, Func<int, string> path, Action<int, double, double?, bool> done, CancellationToken cancellationToken)
    {
        var tasks = new List<Task>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var scheduled = TimeSpan.FromSeconds((double)i / rate);
            var wait = scheduled - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            var index = i;
            var target = path(i);
            tasks.Add(Task.Run(async () =>
            {
                var ok = false;
                double? serverMs = null;
                try
                {
                    using var response = await http.GetAsync(target, cancellationToken).ConfigureAwait(false);
                    await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                    ok = response.IsSuccessStatusCode;
                    if (response.Headers.TryGetValues(ServerTiming.HeaderName, out var timing))
                    {
                        serverMs = ServerTiming.ParseDuration(string.Join(',', timing));
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                }

                done(index, (clock.Elapsed - scheduled).TotalMilliseconds, serverMs, ok);
            }, cancellationToken));
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        return clock.Elapsed;
    }

    /// <summary>The 1-minute load average on Linux (the machine is often shared: every figure is quoted with it).</summary>
    public static double? LoadAverage()
    {
        try
        {
            var fields = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ') : [];
            return fields.Length > 0 && double.TryParse(fields[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Messages still waiting or in processing on the articles and link queues.</summary>
    private static async Task<int> ApproximateCountAsync(StorageLayout layout, CancellationToken cancellationToken) =>
        (await layout.ArticlesQueue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount
        + (await layout.LinkQueue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
}

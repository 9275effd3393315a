using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QuoteCheck.Cli.Errors;
using QuoteCheck.Functions.Articles;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.LocalHost;
using QuoteCheck.LocalHost.Azurite;

namespace QuoteCheck.Cli.Commands;

/// <summary>
/// <c>quotecheck up</c>, the main job: starts Azurite and the local host, submits articles (the seed
/// articles by default) through the queue, prints the quotes the API returns, and keeps serving.
/// </summary>
internal static class UpCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders to submit. Default: the repository's seeds/ folder.", Arity = ArgumentArity.ZeroOrMore };
        var exit = new Option<bool>("--exit") { Description = "Stop after printing the quotes instead of serving the API until Ctrl+C." };
        var urls = new Option<string>("--urls") { Description = "Where the API listens.", DefaultValueFactory = _ => LocalHostApp.DefaultUrl };
        var command = new Command("up", "Start Azurite and the local host, submit articles through the queue and print their quotes.") { paths, exit, urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var root = RepositoryRoot.Find();
            var inputs = parse.GetValue(paths) is { Length: > 0 } given
                ? given
                : [Path.Combine(root ?? throw new CliException(ExitCodes.Input, "Run this inside the QuoteCheck repository (it submits seeds/), or name the articles to submit."), "seeds")];
            var files = ArticleFiles.Expand(inputs);
            var baseUrl = parse.GetValue(urls)!.TrimEnd('/');
            EnsureFree(baseUrl);

            await using var azurite = await AzuriteServer.EnsureRunningAsync(Path.Combine(root ?? Directory.GetCurrentDirectory(), ".azurite"), Console.WriteLine, cancellationToken);
            var started = Stopwatch.StartNew();
            await using var app = LocalHostApp.Create(["--urls", baseUrl, .. LocalHostApp.EmbeddedLogging]);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                throw AddressInUse(baseUrl, ex);
            }

            Console.WriteLine($"Local host listening on {baseUrl} after {started.Elapsed.TotalSeconds:0.0} s (queue trigger on the WebJobs SDK, HTTP API under /api).");

            var submittedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            var (queued, failed) = await ArticleFiles.SubmitAsync(app.Services.GetRequiredService<ArticleQueueSender>(), files, Console.Out, cancellationToken);
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
            foreach (var (file, article) in queued)
            {
                var stored = await WaitForArticleAsync(http, article.ArticleId, submittedAt, TimeSpan.FromSeconds(90), cancellationToken);
                QuotePrinter.Print(Console.Out, file, stored);
            }

            Console.WriteLine();
            Console.WriteLine($"Review queue: {baseUrl}/api/quotes?state=New");
            Console.WriteLine($"Reviewer's desk: {baseUrl}/api/desk");
            if (parse.GetValue(exit))
            {
                await app.StopAsync(CancellationToken.None);
                return failed == 0 ? ExitCodes.Ok : ExitCodes.Input;
            }

            Console.WriteLine("Serving until Ctrl+C.");
            await app.WaitForShutdownAsync(cancellationToken);
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Input;
        });
        return command;
    }

    /// <summary>Fails early, in one line, when the address is taken: Kestrel would log a long stack trace first.</summary>
    private static void EnsureFree(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new CliException(ExitCodes.Usage, $"--urls '{baseUrl}' is not an http:// address; for example --urls http://127.0.0.1:7301.");
        }

        var address = uri.Host is "localhost" or "*" or "+" ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed
            : null;
        if (address is null)
        {
            return;
        }

        // As Kestrel does, so a connection of a previous run still in TIME_WAIT does not count as "in use".
        using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (!OperatingSystem.IsWindows())
        {
            probe.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        }

        try
        {
            probe.Bind(new IPEndPoint(address, uri.Port));
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw AddressInUse(baseUrl, ex);
        }
    }

    private static CliException AddressInUse(string baseUrl, Exception ex) =>
        new(ExitCodes.AddressInUse, $"Cannot listen on {baseUrl}: the port is in use (another 'quotecheck up', or 'func start'?). Stop it, or pass --urls http://127.0.0.1:<another port>.", ex);

    /// <summary>Polls until the article was processed (or rejected) after <paramref name="submittedAt"/>: a resubmitted article already has an older record.</summary>
    private static async Task<ArticleResponse> WaitForArticleAsync(HttpClient http, string articleId, DateTimeOffset submittedAt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var response = await http.GetAsync($"api/articles/{articleId}", cancellationToken);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                response.EnsureSuccessStatusCode();
                var article = (await response.Content.ReadFromJsonAsync<ArticleResponse>(JsonSerializerOptions.Web, cancellationToken))!;
                if (article.ProcessedAt >= submittedAt)
                {
                    return article;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new CliException(ExitCodes.Failed, $"Article {articleId} was not processed within {timeout.TotalSeconds:N0} s. Is the queue trigger running? 'quotecheck poison list' shows messages the host gave up on.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}

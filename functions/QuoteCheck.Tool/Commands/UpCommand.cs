using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
                : [Path.Combine(root ?? throw new InvalidOperationException("Run this inside the QuoteCheck repository, or name the articles to submit."), "seeds")];
            var files = ArticleFiles.Expand(inputs);

            await using var azurite = await AzuriteServer.EnsureRunningAsync(Path.Combine(root ?? Directory.GetCurrentDirectory(), ".azurite"), Console.WriteLine, cancellationToken);
            var baseUrl = parse.GetValue(urls)!.TrimEnd('/');
            await using var app = LocalHostApp.Create(["--urls", baseUrl, "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning"]);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Cannot listen on {baseUrl}: {ex.Message} Is 'func start' or another 'quotecheck up' running? Pass --urls http://127.0.0.1:<another port>.");
                return 2;
            }

            Console.WriteLine($"Local host listening on {baseUrl} (queue trigger on the WebJobs SDK, HTTP API under /api).");

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
                return failed == 0 ? 0 : 1;
            }

            Console.WriteLine("Serving until Ctrl+C.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

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
                throw new TimeoutException($"Article {articleId} was not processed within {timeout.TotalSeconds:N0} s; is the queue trigger running? Check articles-poison with the storage explorer.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}

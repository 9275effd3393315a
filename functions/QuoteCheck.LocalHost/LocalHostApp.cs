using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using QuoteCheck.Functions;
using QuoteCheck.Functions.Identity;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.LocalHost;

/// <summary>Builds the local host: the Functions app's composition, its queue trigger on the WebJobs SDK and its HTTP routes.</summary>
public static class LocalHostApp
{
    /// <summary>Where the local host listens unless <c>--urls</c> says otherwise: the port <c>func start</c> uses.</summary>
    public const string DefaultUrl = "http://127.0.0.1:7071";

    /// <summary>
    /// Arguments for a host inside a command that prints its own progress (<c>quotecheck up</c>): no start-up banner,
    /// QuoteCheck's own lines (one per article processed or rejected) still shown.
    /// </summary>
    public static readonly IReadOnlyList<string> EmbeddedLogging = ["--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning"];

    /// <summary>Creates the host; <paramref name="configure"/> can change configuration and services (tests do).</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // Defaults sit below appsettings, environment and command line, which can all override them.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                [StorageConnection.Name] = "UseDevelopmentStorage=true",
                [WebHostDefaults.ServerUrlsKey] = DefaultUrl,
                // A console a person can follow: QuoteCheck's lines (an article processed or rejected, with its
                // time), the start-up banner, and warnings and errors from everything else. The WebJobs SDK's
                // options dumps and per-execution lines and ASP.NET Core's per-request lines stay out unless asked for.
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
                ["Logging:LogLevel:Host"] = "Warning",
                ["Logging:LogLevel:Function"] = "Warning",
                ["Logging:LogLevel:Azure"] = "Warning",
                ["Logging:LogLevel:Azure.Core"] = "Error",

                // A machine without App Service authentication in front: the caller's typed name and role are believed
                // (X-QuoteCheck-User or the body's reviewer, X-QuoteCheck-Roles). The Functions app defaults to AppService.
                [$"{IdentityOptions.SectionName}:Mode"] = nameof(IdentityMode.Local),
            },
        });
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });

        // QuoteCheck's services first, so storage is created before the queue listener starts.
        builder.Services.AddQuoteCheck();

        // The queue listener reads the same host.json the Functions host reads.
        var hostJson = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "host.json"), optional: false).Build();
        builder.Host.ConfigureWebJobs(webJobs =>
        {
            webJobs.AddAzureStorageCoreServices();
            // As in Azure, an app setting AzureFunctionsJobHost__extensions__queues__<name> overrides host.json.
            webJobs.AddAzureStorageQueues(queues =>
            {
                hostJson.GetSection("extensions:queues").Bind(queues);
                builder.Configuration.GetSection("AzureFunctionsJobHost:extensions:queues").Bind(queues);
            });
        });

        builder.Services.AddSingleton<INameResolver, QuoteCheckNameResolver>();
        builder.Services.AddHostedService<TimerFunctions>();
        builder.Services.AddProblemDetails(options =>
        {
            var previous = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                previous?.Invoke(context);
                DescribeUnmatched(context);
            };
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseServerTiming();
        app.UseExceptionHandler();

        // Responses without a body (no route matched: 404; the route exists with other methods: 405) become
        // problem+json like every other error.
        app.UseStatusCodePages();
        app.MapFunctionRoutes(typeof(IngestArticle).Assembly);
        return app;
    }

    /// <summary>Says what was asked for when no function matched the request.</summary>
    private static void DescribeUnmatched(ProblemDetailsContext context)
    {
        if (context.HttpContext.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<IRouteNameMetadata>() is not null)
        {
            return; // A function's own problem: it says what it needs to.
        }

        var request = context.HttpContext.Request;
        var asked = $"{request.Method} {request.Path}";
        switch (context.ProblemDetails.Status)
        {
            case StatusCodes.Status404NotFound:
                context.ProblemDetails.Title = "No such route.";
                context.ProblemDetails.Detail ??= $"Nothing answers {asked}. GET /{FunctionRoutes.RoutePrefix}/openapi.json lists the API's routes; the desk is at /{FunctionRoutes.RoutePrefix}/desk.";
                break;
            case StatusCodes.Status405MethodNotAllowed:
                var allowed = context.HttpContext.Response.Headers.Allow.ToString();
                context.ProblemDetails.Title = "Method not allowed.";
                context.ProblemDetails.Detail ??= $"{request.Method} is not allowed on {request.Path}{(allowed.Length > 0 ? $"; it answers {allowed}" : string.Empty)}.";
                context.ProblemDetails.Extensions["allowedMethods"] = allowed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                break;
        }
    }

    /// <summary>True when storage is the local emulator, which the local host starts when needed.</summary>
    public static bool UsesDevelopmentStorage(IConfiguration configuration) =>
        configuration[StorageConnection.Name]?.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Resolves <c>%ArticlesQueue%</c> in the queue trigger from <see cref="QuoteCheckOptions.ArticlesQueue"/>.</summary>
    private sealed class QuoteCheckNameResolver(IOptions<QuoteCheckOptions> options, IConfiguration configuration) : INameResolver
    {
        public string? Resolve(string name) =>
            name switch
            {
                QueueFunctions.ArticlesQueueToken => options.Value.ArticlesQueue,
                QueueFunctions.RepairQueueToken => options.Value.IndexRepairQueue,
                QueueFunctions.LinkQueueToken => options.Value.LinkQueue,
                _ => configuration[name],
            };
    }
}

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

                // A machine without App Service authentication in front: the caller's typed name and role are believed
                // (X-QuoteCheck-User or the body's reviewer, X-QuoteCheck-Roles). The Functions app defaults to AppService.
                [$"{IdentityOptions.SectionName}:Mode"] = nameof(IdentityMode.Local),
                ["Logging:LogLevel:Azure.Core"] = "Error",
            },
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
        builder.Services.AddProblemDetails();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapFunctionRoutes(typeof(IngestArticle).Assembly);
        return app;
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
                _ => configuration[name],
            };
    }
}

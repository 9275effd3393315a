using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuoteCheck.Functions;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Cli.Commands;

/// <summary>The options every command that talks to storage shares, and the service composition they feed.</summary>
internal static class StorageOptions
{
    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Storage connection string. Default: the AzureWebJobsStorage environment variable, else UseDevelopmentStorage=true (Azurite).",
    };

    public static readonly Option<string> Queue = new("--queue")
    {
        Description = "The articles queue.",
        DefaultValueFactory = _ => QueueNames.Articles,
    };

    public static readonly Option<string?> TablePrefix = new("--table-prefix")
    {
        Description = "The table name prefix the app uses (QuoteCheck__TablePrefix); poison records live in its Articles table.",
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(Connection);
        command.Options.Add(Queue);
        command.Options.Add(TablePrefix);
    }

    /// <summary>The same services the Functions app composes, pointed at the chosen storage.</summary>
    public static ServiceProvider BuildServices(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>
        {
            [$"{QuoteCheckOptions.SectionName}:{nameof(QuoteCheckOptions.ArticlesQueue)}"] = parse.GetValue(Queue),
        };
        if (parse.GetValue(TablePrefix) is { } prefix)
        {
            overrides[$"{QuoteCheckOptions.SectionName}:{nameof(QuoteCheckOptions.TablePrefix)}"] = prefix;
        }

        if (parse.GetValue(Connection) is { } connection)
        {
            overrides[StorageConnection.Name] = connection;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageConnection.Name] = "UseDevelopmentStorage=true" })
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddQuoteCheck();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}

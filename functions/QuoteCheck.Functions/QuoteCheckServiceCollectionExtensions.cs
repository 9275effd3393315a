using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QuoteCheck.Core.Articles;
using QuoteCheck.Core.Extraction;
using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Speakers;
using QuoteCheck.Core.Quotes;
using QuoteCheck.Functions.Articles;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Identity;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Linking;
using QuoteCheck.Functions.Quotes;
using QuoteCheck.Functions.Review;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Functions;

/// <summary>The one composition of QuoteCheck's services, shared by the Functions app, the local host and the tests.</summary>
public static class QuoteCheckServiceCollectionExtensions
{
    /// <summary>Registers options, storage, the extractor, the stores, the ingestion and the function classes.</summary>
    public static IServiceCollection AddQuoteCheck(this IServiceCollection services)
    {
        services.AddOptions<QuoteCheckOptions>()
            .BindConfiguration(QuoteCheckOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<IdentityOptions>()
            .BindConfiguration(IdentityOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IdentityOptions>, IdentityOptionsValidation>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageConnection.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton<StorageLayout>();
        services.TryAddSingleton<Resilience>();
        services.TryAddSingleton<IndexRepairs>();
        services.TryAddSingleton<PoisonRecords>();
        services.TryAddSingleton<PoisonDrain>();
        services.TryAddSingleton<IArticleStore, TableArticleStore>();
        services.TryAddSingleton<IQuoteStore, TableQuoteStore>();
        services.TryAddSingleton<QuoteViews>();
        services.TryAddSingleton<TableLinkIndex>();
        services.TryAddSingleton<LinkRequests>();
        services.TryAddSingleton<ArticleLinker>();
        services.TryAddSingleton<ILinkStore, TableLinkStore>();
        services.TryAddSingleton<ISpeakerStore, TableSpeakerStore>();
        services.TryAddSingleton<MatchVerdicts>();
        services.TryAddSingleton<ClaimReviews.ClaimReviewService>();
        services.AddOptions<ClaimReviews.ClaimReviewOptions>()
            .BindConfiguration(ClaimReviews.ClaimReviewOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IQuoteExtractor, QuoteExtractor>();
        services.TryAddSingleton<ArticleIngestor>();
        services.TryAddSingleton<ArticleQueueSender>();
        services.TryAddSingleton<PoisonInspector>();
        services.TryAddSingleton<ReviewService>();
        services.TryAddSingleton<CallerIdentity>();
        services.AddHostedService<StorageBootstrap>();

        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddQuoteCheckProblemDetails();

        // Function classes: resolved by the Functions host itself, and by the local host from here.
        services.TryAddTransient<IngestArticle>();
        services.TryAddTransient<RepairIndex>();
        services.TryAddTransient<LinkArticle>();
        services.TryAddTransient<DrainPoison>();
        services.TryAddTransient<GetArticleVersion>();
        services.TryAddTransient<GetArticle>();
        services.TryAddTransient<ListArticles>();
        services.TryAddTransient<SubmitArticle>();
        services.TryAddTransient<GetQuote>();
        services.TryAddTransient<ListQuotes>();
        services.TryAddTransient<ListPoison>();
        services.TryAddTransient<TransitionQuote>();
        services.TryAddTransient<GetQuoteHistory>();
        services.TryAddTransient<GetQuoteMatches>();
        services.TryAddTransient<ApplyVerdictToMatches>();
        services.TryAddTransient<Speakers.ListSpeakers>();
        services.TryAddTransient<Speakers.ListSpeakerQuotes>();
        services.TryAddTransient<ClaimReviews.GetClaimReview>();
        services.TryAddTransient<ClaimReviews.GetPublishedClaimReview>();
        services.TryAddTransient<ClaimReviews.ListClaimReviews>();
        services.TryAddTransient<GetQuoteActions>();
        services.TryAddTransient<GetMe>();
        services.TryAddTransient<OpenApi.GetOpenApi>();
        services.TryAddTransient<Desk.GetDesk>();
        services.TryAddTransient<Desk.GetDeskFile>();
        return services;
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using QuoteCheck.Core.Articles;
using QuoteCheck.Core.Review;
using QuoteCheck.Core.Security;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Identity;
using QuoteCheck.Functions.Ingestion;

namespace QuoteCheck.Functions.Articles;

/// <summary>
/// <c>POST /api/articles</c>: validates an article and puts it on the queue, for tools without queue access.
/// The body is the queue message contract as JSON, or plain text taken as the article body.
/// </summary>
public sealed class SubmitArticle(ArticleQueueSender sender, IOptions<QuoteCheckOptions> options, CallerIdentity identity)
{
    /// <summary>202 with the article id and where to find the result; 400 or 413 when it could never be processed; 401 or 403 (App Service mode) unless the caller is a Submitter or an Editor.</summary>
    [Function(nameof(SubmitArticle))]
    public async Task<Results<Accepted<SubmitArticleResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "articles")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (identity.Mode == IdentityMode.AppService)
        {
            // Tools sign in as a service principal holding the Submitter app role (client-credentials bearer token).
            var caller = identity.Resolve(request);
            if (caller is not Caller.Known { Actor: var submitter })
            {
                return IdentityProblems.For(caller, identity.Mode);
            }

            if (!submitter.Has(AppRoles.Submitter) && !submitter.Has(AppRoles.Editor))
            {
                return IdentityProblems.MissingRole($"Submitting articles needs the Submitter or Editor app role, and {submitter.Name} holds neither.", "a Submitter or an Editor");
            }
        }

        // UTF-8 takes at most 4 bytes a character; JSON escaping can take 6 (\uXXXX), plus the envelope.
        var maxBytes = (options.Value.MaxArticleChars * 6L) + 64 * 1024;
        if (await RequestBodies.ReadAsync(request, maxBytes, cancellationToken) is not { } bytes)
        {
            return TooLarge(options.Value.MaxArticleChars);
        }

        switch (ArticleMessageParser.Parse(bytes.Span))
        {
            case ParsedMessage.Rejected rejected:
                return Problems.BadRequest(SecretRedaction.Redact(rejected.Reason)!);
            case ParsedMessage.Accepted { Submission.BlobUri: not null }:
                return Problems.BadRequest("Post the article's 'body'; 'blobUri' is for producers writing to the queue directly.");
            case ParsedMessage.Accepted { Submission: var submission } when submission.Body!.Length > options.Value.MaxArticleChars:
                return TooLarge(options.Value.MaxArticleChars);
            case ParsedMessage.Accepted { Submission: var submission } when Limits.Check(submission) is { } tooLong:
                return Problems.BadRequest(tooLong);
            case ParsedMessage.Accepted { Submission: var submission }:
                var queued = await sender.SendAsync(submission, cancellationToken);
                var location = $"/api/articles/{queued.ArticleId}";
                return TypedResults.Accepted(location, new SubmitArticleResponse(queued.ArticleId, location));
            default:
                throw new InvalidOperationException("Unknown parse outcome.");
        }
    }

    private ArticleLimits Limits => new(options.Value.MaxTitleChars, options.Value.MaxUrlChars, options.Value.MaxSourceChars);

    private static ProblemHttpResult TooLarge(int maxChars) =>
        TypedResults.Problem($"The article is longer than {maxChars:N0} characters (QuoteCheck__MaxArticleChars).", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Article too large.");
}

/// <summary>What <c>POST /api/articles</c> queued: poll <see cref="Location"/> for the result.</summary>
public sealed record SubmitArticleResponse(string ArticleId, string Location);

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Functions.Http;
using QuoteCheck.Functions.Identity;
using QuoteCheck.Functions.Review;

namespace QuoteCheck.Functions.Linking;

/// <summary>
/// <c>POST /api/quotes/{articleId}/{quoteId}/apply-to-matches</c> with <c>{matches: [{articleId, quoteId, eTag}], note?}</c>
/// (and, in local mode only, <c>reviewer</c>): the quote's verdict applied to each named match, each through the review
/// workflow as the caller (<see cref="CallerIdentity"/>), with its own ETag check and its own permission check.
/// </summary>
public sealed class ApplyVerdictToMatches(MatchVerdicts verdicts, CallerIdentity identity)
{
    /// <summary>200 with each match's result; 400 for a bad body, 401 unsigned, 403 without a review role, 404 for an unknown quote, 409 when the quote has no verdict.</summary>
    [Function(nameof(ApplyVerdictToMatches))]
    public async Task<Results<Ok<ApplyToMatchesResponse>, ProblemHttpResult>> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "quotes/{articleId}/{quoteId}/apply-to-matches")] HttpRequest request,
        string articleId,
        string quoteId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await RequestBodies.ReadAsync(request, TransitionRequestBody.MaxBytes, cancellationToken) is not { } bytes)
        {
            return Problems.BadRequest($"The body is larger than {TransitionRequestBody.MaxBytes / 1024} KiB.");
        }

        var (body, error) = ApplyToMatchesBody.Parse(bytes.ToArray());
        if (body is null)
        {
            return Problems.BadRequest(error!);
        }

        // In App Service mode the body's 'reviewer' is ignored: only the platform's sign-in says who this is.
        var caller = identity.Resolve(request, body.Reviewer);
        if (caller is not Caller.Known { Actor: var reviewer })
        {
            return IdentityProblems.For(caller, identity.Mode);
        }

        var outcome = await verdicts.ApplyAsync(articleId, quoteId, body.Matches, reviewer, body.Note, cancellationToken);
        return outcome switch
        {
            MatchVerdictOutcome.Done done => TypedResults.Ok(new ApplyToMatchesResponse(
                done.Origin.ArticleId,
                done.Origin.QuoteId,
                done.Verdict.ToString(),
                done.DecidedBy,
                done.Results.Count(r => r.Outcome == "applied"),
                done.Results)),
            MatchVerdictOutcome.Forbidden { Reason: var reason, WhoMay: var whoMay } => IdentityProblems.MissingRole(reason, whoMay),
            MatchVerdictOutcome.NoVerdict { Origin: var origin } => Problems.WithQuote(StatusCodes.Status409Conflict, "No verdict to apply.", $"The quote is {origin.State}: give it a verdict first, then apply it to its matches.", origin),
            _ => Problems.NotFound($"No quote '{quoteId}' in article '{articleId}'."),
        };
    }
}

/// <summary>The result of applying a quote's verdict to its matches.</summary>
/// <param name="ArticleId">The origin quote's article.</param>
/// <param name="QuoteId">The origin quote.</param>
/// <param name="Verdict">The verdict applied.</param>
/// <param name="DecidedBy">Who gave it on the origin quote.</param>
/// <param name="Applied">How many matches took it.</param>
/// <param name="Results">Each match's result, in the order asked.</param>
public sealed record ApplyToMatchesResponse(string ArticleId, string QuoteId, string Verdict, string DecidedBy, int Applied, IReadOnlyList<MatchResult> Results);

/// <summary>The body of <c>POST .../apply-to-matches</c>; <paramref name="Reviewer"/> counts in local mode only.</summary>
public sealed record ApplyToMatchesBody(IReadOnlyList<MatchTarget> Matches, string? Note, string? Reviewer)
{
    /// <summary>Reads the body, or says what is wrong with it.</summary>
    public static (ApplyToMatchesBody? Body, string? Error) Parse(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        const string shape = "The request needs a JSON body: {\"matches\": [{\"articleId\", \"quoteId\", \"eTag\"}], \"note\"?}.";
        if (json.Length == 0)
        {
            return (null, shape);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("matches", out var matches) || matches.ValueKind != JsonValueKind.Array)
            {
                return (null, shape);
            }

            if (matches.GetArrayLength() is 0 or > MatchVerdicts.MaxMatches)
            {
                return (null, $"'matches' must name 1 to {MatchVerdicts.MaxMatches} quotes.");
            }

            var targets = new List<MatchTarget>();
            foreach (var match in matches.EnumerateArray())
            {
                string? Read(string name) => match.ValueKind == JsonValueKind.Object && match.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                if (Read("articleId") is not { Length: > 0 } article || Read("quoteId") is not { Length: > 0 } quote)
                {
                    return (null, "Every match needs 'articleId' and 'quoteId' (strings), and the 'eTag' it was shown with.");
                }

                targets.Add(new MatchTarget(article, quote, Read("eTag")));
            }

            string? Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (new ApplyToMatchesBody(targets, Field("note"), Field("reviewer")), null);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON: {ex.Message}");
        }
    }
}

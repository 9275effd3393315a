using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Identity;

/// <summary><c>GET /api/me</c>: who QuoteCheck takes the caller to be, with their roles; how the desk learns whether to show a sign-in link or a name field.</summary>
public sealed class GetMe(CallerIdentity identity)
{
    /// <summary>200 with the caller; 401 when nobody is signed in (App Service mode); 400 for a malformed typed identity (local mode).</summary>
    [Function(nameof(GetMe))]
    public Results<Ok<MeResponse>, ProblemHttpResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request)
    {
        var mode = identity.Mode;
        return identity.Resolve(request) switch
        {
            Caller.Known { Actor: var actor } => TypedResults.Ok(MeResponse.For(mode, actor)),
            Caller.Anonymous when mode == IdentityMode.Local => TypedResults.Ok(MeResponse.For(mode, null)),
            var caller => IdentityProblems.For(caller, mode),
        };
    }
}

/// <summary>The caller as QuoteCheck sees them.</summary>
/// <param name="IdentityMode"><c>AppService</c> (signed in through Microsoft Entra ID) or <c>Local</c> (a typed name is believed).</param>
/// <param name="SignedIn">False only in local mode before a name is given.</param>
/// <param name="Id">The stable id: the Entra object id, or locally the name.</param>
/// <param name="Name">The name recorded with every decision.</param>
/// <param name="Roles">The app roles held: <c>Reviewer</c>, <c>Editor</c>, <c>Submitter</c>.</param>
/// <param name="SignInUrl">Where to sign in (App Service mode).</param>
/// <param name="SignOutUrl">Where to sign out (App Service mode).</param>
public sealed record MeResponse(string IdentityMode, bool SignedIn, string? Id, string? Name, IReadOnlyList<string> Roles, string? SignInUrl, string? SignOutUrl)
{
    /// <summary>Describes <paramref name="actor"/> (null: nobody yet, local mode).</summary>
    public static MeResponse For(IdentityMode mode, Actor? actor)
    {
        var platform = mode == Identity.IdentityMode.AppService;
        return new(
            mode.ToString(),
            actor is not null,
            actor?.Id,
            actor?.Name,
            actor is null ? [] : AppRoleNames.Names(actor.Roles),
            platform ? CallerIdentity.SignInPath : null,
            platform ? CallerIdentity.SignOutPath : null);
    }
}

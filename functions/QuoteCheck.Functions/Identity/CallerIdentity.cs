using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Functions.Identity;

/// <summary>Who a request comes from, as far as QuoteCheck can trust it.</summary>
public abstract record Caller
{
    private Caller()
    {
    }

    /// <summary>Identified: the actor with their roles.</summary>
    public sealed record Known(Actor Actor) : Caller;

    /// <summary>Not identified (401): nobody signed in, or the sign-in cannot be trusted; the reason says what to do.</summary>
    public sealed record Anonymous(string Reason) : Caller;

    /// <summary>The caller typed an identity that is malformed (400; local mode only).</summary>
    public sealed record Invalid(string Reason) : Caller;
}

/// <summary>
/// Resolves the caller of an HTTP request. In <see cref="IdentityMode.AppService"/> (the default) only the
/// <c>X-MS-CLIENT-PRINCIPAL</c> header counts, and only when App Service authentication is on (the platform then strips
/// any such header a client sends); in <see cref="IdentityMode.Local"/> the caller's typed name and roles count.
/// </summary>
public sealed partial class CallerIdentity(IOptions<IdentityOptions> options, IConfiguration configuration, ILogger<CallerIdentity> logger)
{
    /// <summary>The header App Service authentication sets: base64 JSON claims.</summary>
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>Local mode: the name to act as (percent-encoded UTF-8 allowed, as the desk sends it).</summary>
    public const string LocalUserHeader = "X-QuoteCheck-User";

    /// <summary>Local mode: the roles to act with, comma-separated (<c>Reviewer</c>, <c>Editor</c>, <c>Submitter</c>); <c>Reviewer</c> when absent.</summary>
    public const string LocalRolesHeader = "X-QuoteCheck-Roles";

    /// <summary>App Service sets this to <c>True</c> when its authentication is enabled for the app.</summary>
    public const string PlatformAuthenticationVariable = "WEBSITE_AUTH_ENABLED";

    /// <summary>Where the desk sends people to sign in (App Service authentication's Microsoft Entra provider).</summary>
    public const string SignInPath = "/.auth/login/aad";

    /// <summary>Where the desk sends people to sign out.</summary>
    public const string SignOutPath = "/.auth/logout";

    /// <summary>The longest typed name accepted in local mode (the review workflow's limit).</summary>
    private const int MaxLocalNameLength = ReviewWorkflow.MaxReviewerLength;

    /// <summary>The configured mode.</summary>
    public IdentityMode Mode => options.Value.Mode;

    /// <summary>Whoever the request comes from.</summary>
    /// <param name="request">The request.</param>
    /// <param name="typedName">Local mode only: the name a request body gives (the transition's <c>reviewer</c>); ignored in App Service mode.</param>
    public Caller Resolve(HttpRequest request, string? typedName = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Mode == IdentityMode.Local ? ResolveLocal(request, typedName) : ResolvePlatform(request);
    }

    private Caller ResolvePlatform(HttpRequest request)
    {
        if (!string.Equals(configuration[PlatformAuthenticationVariable], "true", StringComparison.OrdinalIgnoreCase))
        {
            // Without App Service authentication in front, a client could send the header itself: trust nobody.
            Log.PlatformAuthenticationOff(logger);
            return new Caller.Anonymous(
                "App Service authentication is not enabled for this app, so QuoteCheck cannot trust who is calling. " +
                "Deploy with infra/ (which configures it) or, on a development machine, set QuoteCheck__Identity__Mode=Local.");
        }

        var values = request.Headers[PrincipalHeader];
        if (values.Count == 0)
        {
            return new Caller.Anonymous($"Sign in first: {SignInPath} (Microsoft Entra ID), or call with a bearer token for this app.");
        }

        Actor? actor = null;
        var problem = values.Count > 1 ? "the header appears more than once" : null;
        if (problem is not null || !ClientPrincipal.TryParse(values[0], out actor, out problem))
        {
            Log.UnreadablePrincipal(logger, problem);
            return new Caller.Anonymous($"The sign-in App Service passed on could not be read; sign in again at {SignInPath}.");
        }

        return new Caller.Known(actor);
    }

    private static Caller ResolveLocal(HttpRequest request, string? typedName)
    {
        var header = request.Headers[LocalUserHeader].FirstOrDefault();
        string? name;
        try
        {
            name = string.IsNullOrWhiteSpace(header) ? typedName : Uri.UnescapeDataString(header);
        }
        catch (UriFormatException)
        {
            return new Caller.Invalid($"{LocalUserHeader} must be a name, percent-encoded UTF-8 where it is not plain ASCII.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return new Caller.Anonymous($"Who are you? In local mode give your name in the {LocalUserHeader} header (the desk's \"Your name\") or as 'reviewer' in the body.");
        }

        name = name.Trim();
        if (name.Length > MaxLocalNameLength || name.Any(char.IsControl))
        {
            return new Caller.Invalid($"The name must be a single line of at most {MaxLocalNameLength} characters.");
        }

        var roles = AppRoles.Reviewer;
        if (request.Headers[LocalRolesHeader] is { Count: > 0 } given)
        {
            roles = AppRoles.None;
            foreach (var value in given.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (!AppRoleNames.TryParse(value, out var role))
                {
                    var echoed = value.Length <= 32 ? value : value[..32] + "…";
                    return new Caller.Invalid($"'{echoed}' in {LocalRolesHeader} is not a role; roles: {string.Join(", ", AppRoleNames.All)}.");
                }

                roles |= role;
            }
        }

        return new Caller.Known(new Actor { Id = name, Name = name, Roles = roles });
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "A request needed the caller's identity, but App Service authentication is not enabled (WEBSITE_AUTH_ENABLED is not 'True'); it was treated as anonymous")]
        public static partial void PlatformAuthenticationOff(ILogger logger);

        [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "The X-MS-CLIENT-PRINCIPAL header could not be read ({Problem}); the request was treated as anonymous")]
        public static partial void UnreadablePrincipal(ILogger logger, string problem);
    }
}

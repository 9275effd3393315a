using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.Functions.Desk;

/// <summary><c>GET /api/desk/</c>: the reviewer's desk page (<c>/api/desk</c> redirects there, so its relative links resolve).</summary>
public sealed class GetDesk
{
    /// <summary>The page, or a redirect to the URL with the trailing slash.</summary>
    [Function(nameof(GetDesk))]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "desk")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // "desk/" relative to ".../api/desk" is ".../api/desk/", whatever the host's route prefix.
        return request.Path.Value?.EndsWith('/') == true
            ? DeskFiles.Serve(request, DeskFiles.Index)!
            : TypedResults.Redirect("desk/" + request.QueryString);
    }
}

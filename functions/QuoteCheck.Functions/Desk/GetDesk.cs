using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.Functions.Desk;

/// <summary>
/// <c>GET /api/desk</c>: the reviewer's desk. Redirects to <c>desk/index.html</c>, so the page's relative links resolve
/// under any route prefix; <c>/api/desk/</c> (where the host routes it here) serves the page directly.
/// </summary>
public sealed class GetDesk
{
    /// <summary>The page, or a redirect to it.</summary>
    [Function(nameof(GetDesk))]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "desk")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Relative to ".../api/desk", "desk/index.html" is ".../api/desk/index.html", whatever the route prefix.
        return request.Path.Value?.EndsWith('/') == true
            ? DeskFiles.Serve(request, DeskFiles.Index)!
            : TypedResults.Redirect($"desk/{DeskFiles.Index}{request.QueryString}");
    }
}

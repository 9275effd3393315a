using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Functions.Http;

namespace QuoteCheck.Functions.Desk;

/// <summary><c>GET /api/desk/{file}</c>: one of the desk's files (page, scripts, styles); 404 for anything else.</summary>
public sealed class GetDeskFile
{
    /// <summary>The embedded file with its content type, or 404.</summary>
    [Function(nameof(GetDeskFile))]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "desk/{file}")] HttpRequest request,
        string file)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DeskFiles.Serve(request, file) ?? Problems.NotFound($"The desk has no file '{file}'.");
    }
}

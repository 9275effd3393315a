using Microsoft.Azure.Functions.Worker;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Integration.Tests.Security;

/// <summary>
/// App Service authentication is the door in Azure and the app reads who is asking from it: a function that also wanted
/// a function key would refuse the signed-in desk and every tool (no key is handed out). No I/O: reflection only, here
/// because this project is the one that references the Functions app.
/// </summary>
public sealed class HttpFunctionAuthorizationTests
{
    [Fact]
    public void EveryHttpFunction_IsAnonymousAtTheFunctionsLevel()
    {
        var functions = FunctionRoutes.FindHttpFunctions(typeof(IngestArticle).Assembly).ToList();

        Assert.NotEmpty(functions);
        var keyed = functions.Where(f => f.Trigger.AuthLevel != AuthorizationLevel.Anonymous).Select(f => $"{f.Type.Name} ({f.Trigger.AuthLevel})").ToList();
        Assert.True(keyed.Count == 0, $"These HTTP functions want a function key: {string.Join(", ", keyed)}");
    }
}

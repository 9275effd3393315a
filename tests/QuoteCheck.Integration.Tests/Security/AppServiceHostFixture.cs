using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Security;

/// <summary>
/// The local host configured as the Functions app runs in Azure: identity mode AppService, with App Service
/// authentication reported on (WEBSITE_AUTH_ENABLED=True, as the platform sets it). Tests send X-MS-CLIENT-PRINCIPAL
/// themselves where the platform would.
/// </summary>
public class AppServiceHostFixture : LocalHostFixture
{
    protected virtual bool PlatformAuthenticationEnabled => true;

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["QuoteCheck:Identity:Mode"] = "AppService",
            ["WEBSITE_AUTH_ENABLED"] = PlatformAuthenticationEnabled ? "True" : null,
        });
    }
}

/// <summary>The same, with App Service authentication off: nothing that claims to be an identity may be believed.</summary>
public sealed class AppServiceWithoutAuthenticationFixture : AppServiceHostFixture
{
    protected override bool PlatformAuthenticationEnabled => false;
}

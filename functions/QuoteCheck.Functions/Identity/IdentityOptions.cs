using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace QuoteCheck.Functions.Identity;

/// <summary>Where QuoteCheck learns who is calling.</summary>
public enum IdentityMode
{
    /// <summary>
    /// The default, and the only mode for Azure: App Service authentication (Microsoft Entra ID) signs people in and passes
    /// their claims in <c>X-MS-CLIENT-PRINCIPAL</c>; nothing the caller types (a body's <c>reviewer</c>, a header) is trusted.
    /// </summary>
    AppService,

    /// <summary>
    /// For the local host, <c>up</c>, <c>func start</c> and tests only: the caller types a name and roles
    /// (<c>X-QuoteCheck-User</c> or the body's <c>reviewer</c>, and <c>X-QuoteCheck-Roles</c>), and QuoteCheck believes them.
    /// </summary>
    Local,
}

/// <summary>Identity settings, bound from <c>QuoteCheck:Identity</c> (<c>QuoteCheck__Identity__Mode</c> as an app setting).</summary>
public sealed class IdentityOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = QuoteCheckOptions.SectionName + ":Identity";

    /// <summary>Where identity comes from; <see cref="IdentityMode.AppService"/> unless set.</summary>
    public IdentityMode Mode { get; set; } = IdentityMode.AppService;
}

/// <summary>Refuses to start in local mode on App Service, where anyone could then type any name and role.</summary>
internal sealed class IdentityOptionsValidation(IConfiguration configuration) : IValidateOptions<IdentityOptions>
{
    /// <summary>Set by App Service (and so Azure Functions) on every instance it runs; the Functions host checks the same variable.</summary>
    public const string AppServiceInstanceVariable = "WEBSITE_INSTANCE_ID";

    public ValidateOptionsResult Validate(string? name, IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Mode))
        {
            return ValidateOptionsResult.Fail($"QuoteCheck:Identity:Mode must be {IdentityMode.AppService} or {IdentityMode.Local}.");
        }

        return options.Mode == IdentityMode.Local && !string.IsNullOrEmpty(configuration[AppServiceInstanceVariable])
            ? ValidateOptionsResult.Fail(
                "QuoteCheck:Identity:Mode is Local, but this app runs on App Service (WEBSITE_INSTANCE_ID is set). Local mode believes " +
                "whatever name and role a caller types; in Azure identity must come from App Service authentication. Remove the " +
                "QuoteCheck__Identity__Mode app setting.")
            : ValidateOptionsResult.Success;
    }
}

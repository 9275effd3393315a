using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Tests.Review;

/// <summary>Builds requests and the people who make them for tests.</summary>
internal static class ReviewRequests
{
    public const string Reviewer = "ana.fact@example.org";

    /// <summary>An Editor, who may take every action a state allows: the state-machine tests act as one.</summary>
    public static Actor Editor { get; } = new() { Id = "3f2c0c6e-0000-4000-8000-00000000ed17", Name = "ed.itor@example.org", Roles = AppRoles.Editor };

    /// <summary>A person whose id is their name, as in local mode; null stays null.</summary>
    public static Actor? Named(string? name, AppRoles roles = AppRoles.Reviewer) =>
        name is null ? null : new Actor { Id = name, Name = name, Roles = roles };

    /// <summary>A request that passes validation for <paramref name="action"/>: the reviewer (an Editor unless given) and, where required, the correction.</summary>
    public static ReviewTransitionRequest ValidFor(ReviewAction action, Actor? by = null) => new()
    {
        Action = action,
        Reviewer = by ?? Editor,
        CorrectedSpeaker = action == ReviewAction.Misattribute ? "Dmitry Peskov" : null,
        CorrectedText = action == ReviewAction.Misquote ? "We attach great importance to this." : null,
    };
}

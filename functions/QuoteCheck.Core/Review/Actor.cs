namespace QuoteCheck.Core.Review;

/// <summary>
/// Who is asking: a stable id (in Azure the Entra object id, locally the typed name), the name the audit trail and the desk
/// show, and the app roles they hold. Built by the host from the platform's identity, never from what a request body says.
/// </summary>
public sealed record Actor
{
    /// <summary>The stable identifier ownership is compared by (case-insensitive).</summary>
    public required string Id { get; init; }

    /// <summary>The human-readable name: the user principal name in Entra, the typed name locally.</summary>
    public required string Name { get; init; }

    /// <summary>The app roles held.</summary>
    public AppRoles Roles { get; init; }

    /// <summary>True when the actor holds <paramref name="role"/>.</summary>
    public bool Has(AppRoles role) => role != AppRoles.None && (Roles & role) == role;

    /// <summary>True when the actor is the person <paramref name="claimant"/> names.</summary>
    public bool Is(Claimant? claimant) => claimant is not null && string.Equals(Id, claimant.Id, StringComparison.OrdinalIgnoreCase);

    /// <summary>The reference a quote keeps when this actor claims it.</summary>
    public Claimant AsClaimant() => new(Id, Name);
}

/// <summary>The person who claimed a quote: the id ownership is checked against, and the name shown.</summary>
/// <param name="Id">The claimant's stable id (see <see cref="Actor.Id"/>).</param>
/// <param name="Name">The claimant's name as it was when they claimed it.</param>
public sealed record Claimant(string Id, string Name);

using QuoteCheck.Core.Linking;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// First pages of identities' members, each kept with the ETag of the identity's version row read just before the
/// page was queried. Every change to a member row renews the version row in the same transaction
/// (<see cref="QuoteViews"/>), so a page is served again only while a read of the version row, made for this very
/// request, still returns that ETag: the page then is what a query would return. A page lasts <see cref="Lifetime"/>
/// at most, for a writer that does not renew versions (an instance of an older build, during a deployment).
/// </summary>
internal sealed class MemberPages(TimeProvider time)
{
    /// <summary>How long a page is served on its version alone.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>At most this many pages are kept; past it, all are forgotten.</summary>
    public const int Capacity = 5_000;

    private readonly VersionedCache<(string IdentityId, int Size), MemberPage> _pages = new(time, Lifetime, Capacity);

    /// <summary>The page of <paramref name="size"/> members kept for <paramref name="identityId"/> at version <paramref name="version"/>, or null.</summary>
    public MemberPage? Recall(string identityId, int size, string version) => _pages.Recall((identityId, size), version);

    /// <summary>Keeps <paramref name="page"/>, queried after the version row returned <paramref name="version"/>.</summary>
    public void Remember(string identityId, int size, string version, MemberPage page) => _pages.Remember((identityId, size), version, page);
}

using QuoteCheck.Core.Linking;
using QuoteCheck.Core.Quotes;

namespace QuoteCheck.Functions.Storage;

/// <summary>
/// The links of recently read quotes that share an identity, each tied to the ETag of the quote row it was read
/// with, so a read that shows a quote can skip its link row. It may, because a shared quote's link follows its
/// row: the linker links a quote again only when its words or speaker changed (a new row, a new ETag), and a quote
/// that leaves the review queue loses its link with a change of its row too. Two things change a link row alone,
/// and neither is remembered wrongly: a quote's first link (nothing is remembered before it) and the "shared" mark
/// a founder gets when a first quote joins it (alone links are not remembered, so the next read sees the mark).
/// A remembered link lasts <see cref="Lifetime"/> at most, in case a link row was rewritten some other way (a
/// repair after lost link rows); a write never decides on one (<see cref="IQuoteStore.ReadQuoteAsync"/>).
/// </summary>
internal sealed class RememberedLinks(TimeProvider time)
{
    /// <summary>How long a link is reused without reading its row again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>At most this many quotes are remembered; past it, all are forgotten (a process reads its hot quotes again).</summary>
    public const int Capacity = 20_000;

    private readonly VersionedCache<(string ArticleId, string QuoteId), QuoteLink> _links = new(time, Lifetime, Capacity);

    /// <summary>Whether a link is remembered for the quote (it may still not match the row read next).</summary>
    public bool Knows(string articleId, string quoteId) => _links.Knows((articleId, quoteId));

    /// <summary>Remembers the link of <paramref name="quote"/>, read with it, when it is a shared identity's; else forgets any.</summary>
    public void Remember(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var key = (quote.ArticleId, quote.QuoteId);
        if (quote is not { ETag: { } etag, Link: { } link } || link.IsAlone(QuoteLinker.RefOf(quote.ArticleId, quote.QuoteId)))
        {
            _links.Forget(key);
            return;
        }

        _links.Remember(key, etag, link);
    }

    /// <summary>The link remembered with the very row <paramref name="quote"/> was read from, or null (then it is forgotten).</summary>
    public QuoteLink? Recall(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.ETag is { } etag ? _links.Recall((quote.ArticleId, quote.QuoteId), etag) : null;
    }

    /// <summary>Forgets the quote (it is gone).</summary>
    public void Forget(string articleId, string quoteId) => _links.Forget((articleId, quoteId));
}

using QuoteCheck.Core.Quotes;
using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Speakers;

/// <summary>A canonical speaker and how many of their quotes are in each review state.</summary>
/// <param name="Key">The speaker's key: the canonical name as the speaker filter matches it (trimmed, lower case).</param>
/// <param name="Name">The canonical name as the extractor last gave it.</param>
/// <param name="Counts">Quotes in each state (states with none are absent).</param>
public sealed record SpeakerSummary(string Key, string Name, IReadOnlyDictionary<ReviewState, int> Counts)
{
    /// <summary>All their quotes listed.</summary>
    public int Total => Counts.Values.Sum();
}

/// <summary>A page of speakers, in alphabetical order of their keys.</summary>
public sealed record SpeakerPage(IReadOnlyList<SpeakerSummary> Items, string? ContinuationToken);

/// <summary>One speaker's quotes across articles, newest article first, with the speaker's counts on the first page.</summary>
public sealed record SpeakerQuotePage(SpeakerSummary? Speaker, IReadOnlyList<Quote> Items, string? ContinuationToken);

/// <summary>Reads the speakers index; every page is one storage query, and nothing here writes.</summary>
public interface ISpeakerStore
{
    /// <summary>Speakers with at least one quote, alphabetically.</summary>
    Task<SpeakerPage> ListSpeakersAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>The quotes of <paramref name="speaker"/> (a canonical name, any case), newest article first, optionally in one state.</summary>
    Task<SpeakerQuotePage> ListSpeakerQuotesAsync(string speaker, ReviewState? state, int pageSize, string? continuationToken, CancellationToken cancellationToken);
}

using QuoteCheck.Core.Review;

namespace QuoteCheck.Core.Quotes;

/// <summary>One quote row a new version writes: inserted (no ETag) or updated only if unchanged since read (its ETag).</summary>
public sealed record QuoteWrite(Quote Quote, string? IfMatch);

/// <summary>What storing a new version of an article changes in its quotes.</summary>
/// <param name="Writes">Quote rows to insert (no ETag) or update (the ETag they were read with).</param>
/// <param name="Current">The quotes of the new version as they will be stored (what the review queue lists).</param>
/// <param name="Removed">Quotes that leave the review queue: undecided ones the new version no longer contains.</param>
/// <param name="Conflicts">Decided quotes the new extraction disagrees with.</param>
public sealed record MergeResult(
    IReadOnlyList<QuoteWrite> Writes,
    IReadOnlyList<Quote> Current,
    IReadOnlyList<Quote> Removed,
    IReadOnlyList<(string QuoteId, ExtractionConflict Conflict)> Conflicts);

/// <summary>
/// Merges a fresh extraction of a new article version into the stored quotes. Pure: storage reads the quotes,
/// calls <see cref="Merge"/> and writes the result conditionally.
/// </summary>
/// <remarks>
/// Quote ids come from the start offset and the words, so a quote found again is the same row. A quote not yet
/// decided (New, InReview) follows the new extraction. A decided quote (any verdict, Published above all) never
/// changes its text, speaker or offsets through re-extraction: when the new extraction gives another speaker or
/// no longer finds it, the quote is flagged (<see cref="Quote.ExtractionConflict"/>) and the disagreement recorded
/// in its history for a person to settle. Quotes no longer found are marked vanished, never deleted.
/// </remarks>
public static class ExtractionMerge
{
    /// <summary>True for states in which a reviewer has decided the quote.</summary>
    public static bool IsDecided(ReviewState state) => state is not (ReviewState.New or ReviewState.InReview);

    /// <summary>Computes the writes for version <paramref name="version"/>.</summary>
    /// <param name="existing">Every stored quote of the article, vanished ones included.</param>
    /// <param name="extracted">The new extraction, as new quotes (state New, <see cref="Quote.ArticleVersion"/> = <paramref name="version"/>).</param>
    /// <param name="version">The new version number.</param>
    /// <param name="now">When the merge happens.</param>
    public static MergeResult Merge(IReadOnlyList<Quote> existing, IReadOnlyList<Quote> extracted, int version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(extracted);
        var stored = existing.ToDictionary(q => q.QuoteId, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var writes = new List<QuoteWrite>();
        var current = new List<Quote>();
        var removed = new List<Quote>();
        var conflicts = new List<(string, ExtractionConflict)>();

        foreach (var fresh in extracted)
        {
            found.Add(fresh.QuoteId);
            if (!stored.TryGetValue(fresh.QuoteId, out var old))
            {
                writes.Add(new QuoteWrite(fresh, null));
                current.Add(fresh);
                continue;
            }

            Quote merged;
            if (!IsDecided(old.State))
            {
                // Not decided yet: the new extraction wins; review state and history stay.
                merged = old with
                {
                    Extraction = fresh.Extraction,
                    ExtractorVersion = fresh.ExtractorVersion,
                    ArticleVersion = version,
                    ArticleTitle = fresh.ArticleTitle,
                    ArticleSource = fresh.ArticleSource,
                    Vanished = false,
                    UpdatedAt = now,
                };
            }
            else if (SameAttribution(old, fresh))
            {
                // Decided and found again exactly: the offsets also index into the new text.
                merged = old with { ArticleVersion = version, ArticleTitle = fresh.ArticleTitle, ArticleSource = fresh.ArticleSource, Vanished = false, UpdatedAt = now };
            }
            else if (!string.Equals(old.Extraction.Speaker, fresh.Extraction.Speaker, StringComparison.Ordinal))
            {
                var conflict = new ExtractionConflict(version, ExtractionConflictKind.SpeakerChanged, fresh.Extraction.Speaker, now);
                merged = old with { ExtractionConflict = conflict, Vanished = false, UpdatedAt = now };
                conflicts.Add((old.QuoteId, conflict));
            }
            else
            {
                // Same words, same speaker, the mention or cue elsewhere: the decision stands, on the text it was made on.
                merged = old with { Vanished = false, UpdatedAt = now };
            }

            writes.Add(new QuoteWrite(merged, old.ETag));
            current.Add(merged);
        }

        foreach (var old in existing.Where(q => !q.Vanished && !found.Contains(q.QuoteId)))
        {
            if (IsDecided(old.State))
            {
                var conflict = new ExtractionConflict(version, ExtractionConflictKind.NotFound, null, now);
                var flagged = old with { Vanished = true, ExtractionConflict = conflict, UpdatedAt = now };
                writes.Add(new QuoteWrite(flagged, old.ETag));
                conflicts.Add((old.QuoteId, conflict));

                // Still in its state's queue, flagged, so a person sees it.
                current.Add(flagged);
            }
            else
            {
                var gone = old with { Vanished = true, UpdatedAt = now };
                writes.Add(new QuoteWrite(gone, old.ETag));
                removed.Add(gone);
            }
        }

        return new MergeResult(writes, current.OrderBy(q => q.QuoteId, StringComparer.Ordinal).ToList(), removed, conflicts);
    }

    private static bool SameAttribution(Quote old, Quote fresh)
    {
        var a = old.Extraction;
        var b = fresh.Extraction;
        return a.Start == b.Start && a.End == b.End && a.Text == b.Text
            && string.Equals(a.Speaker, b.Speaker, StringComparison.Ordinal)
            && string.Equals(a.SpeakerMention, b.SpeakerMention, StringComparison.Ordinal)
            && a.SpeakerStart == b.SpeakerStart && a.SpeakerEnd == b.SpeakerEnd
            && a.CueStart == b.CueStart && a.CueEnd == b.CueEnd;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace QuoteCheck.Core.Linking;

/// <summary>
/// What identifies a quote across articles whatever an outlet did to it: its normalized words (<see cref="QuoteText"/>),
/// a key for the exact normalized text, the set of its word shingles (every run of <see cref="ShingleWords"/> words
/// within a segment), and a few of those shingles chosen as <em>anchors</em> by winnowing (Schleimer, Wilkerson and
/// Aiken, SIGMOD 2003): the smallest shingle hash in every window of <see cref="Window"/> consecutive shingles.
/// </summary>
/// <remarks>
/// Winnowing guarantees that two quotes sharing a run of at least <see cref="GuaranteedRun"/> words (within one
/// segment) share an anchor, whatever surrounds the run; so a quote with a few words cut at either end, or a
/// partial quote inside a longer one, always shares an anchor with its original, and a lookup by anchors finds it.
/// Everything here is linear in the length of the quote.
/// </remarks>
public sealed class QuoteFingerprint
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 3;

    /// <summary>Shingles per winnowing window.</summary>
    public const int Window = 2;

    /// <summary>The shortest shared run of words that is guaranteed to share an anchor.</summary>
    public const int GuaranteedRun = Window + ShingleWords - 1;

    /// <summary>The most anchors kept for one quote (spread evenly over a longer one), which bounds the lookups and index rows per quote.</summary>
    public const int MaxAnchors = 64;

    private QuoteFingerprint(QuoteText text, string key, ulong[] shingles, ulong[] anchors)
    {
        Text = text;
        Key = key;
        Shingles = shingles;
        Anchors = anchors;
    }

    /// <summary>The normalized words.</summary>
    public QuoteText Text { get; }

    /// <summary>16 hex digits naming the exact normalized text (words and omissions): equal for copies that differ only in case, marks, punctuation and spacing.</summary>
    public string Key { get; }

    /// <summary>The distinct shingle hashes, sorted.</summary>
    public IReadOnlyList<ulong> Shingles { get; }

    /// <summary>The anchors, distinct, in text order (at most <see cref="MaxAnchors"/>).</summary>
    public IReadOnlyList<ulong> Anchors { get; }

    /// <summary>The number of words.</summary>
    public int WordCount => Text.WordCount;

    /// <summary>The fingerprint of a quote's text.</summary>
    public static QuoteFingerprint Of(string quoteText) => From(QuoteText.Normalize(quoteText));

    /// <summary>The fingerprint of normalized words (as read back from an index row).</summary>
    public static QuoteFingerprint From(QuoteText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = new List<ulong>();
        var anchors = new List<ulong>();
        var seen = new HashSet<ulong>();
        foreach (var segment in text.Segments())
        {
            var hashes = SegmentShingles(segment);
            all.AddRange(hashes);
            foreach (var anchor in Winnow(hashes))
            {
                if (seen.Add(anchor))
                {
                    anchors.Add(anchor);
                }
            }
        }

        var shingles = all.Distinct().Order().ToArray();
        return new QuoteFingerprint(text, KeyOf(text.ToString()), shingles, Spread(anchors, MaxAnchors));
    }

    /// <summary>How much two quotes share, by their shingles.</summary>
    public QuoteSimilarity CompareTo(QuoteFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var a = (ulong[])Shingles;
        var b = (ulong[])other.Shingles;
        int i = 0, j = 0, overlap = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                overlap++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return new QuoteSimilarity(overlap, a.Length, b.Length, WordCount, other.WordCount);
    }

    /// <summary>An anchor as the index names it: 16 hex digits.</summary>
    public static string Hex(ulong value) => value.ToString("x16", CultureInfo.InvariantCulture);

    private static string KeyOf(string normalized)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static ulong[] SegmentShingles(ArraySegment<string> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var wordHashes = new ulong[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            wordHashes[i] = WordHash(words[i]);
        }

        // A segment shorter than a shingle is one shingle of all its words.
        var count = Math.Max(1, words.Count - ShingleWords + 1);
        var width = Math.Min(ShingleWords, words.Count);
        var shingles = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var h = 0x9E3779B97F4A7C15UL ^ (ulong)width;
            for (var k = 0; k < width; k++)
            {
                h = Mix(h ^ wordHashes[i + k]);
            }

            shingles[i] = h;
        }

        return shingles;
    }

    /// <summary>The rightmost smallest hash of every window of <see cref="Window"/> shingles (each position once).</summary>
    private static IEnumerable<ulong> Winnow(ulong[] hashes)
    {
        if (hashes.Length == 0)
        {
            yield break;
        }

        var windows = Math.Max(1, hashes.Length - Window + 1);
        var width = Math.Min(Window, hashes.Length);
        var last = -1;
        for (var start = 0; start < windows; start++)
        {
            var best = start;
            for (var i = start + 1; i < start + width; i++)
            {
                if (hashes[i] <= hashes[best])
                {
                    best = i;
                }
            }

            if (best != last)
            {
                last = best;
                yield return hashes[best];
            }
        }
    }

    private static ulong[] Spread(List<ulong> anchors, int max)
    {
        if (anchors.Count <= max)
        {
            return [.. anchors];
        }

        var kept = new ulong[max];
        for (var i = 0; i < max; i++)
        {
            kept[i] = anchors[(int)((long)i * anchors.Count / max)];
        }

        return kept;
    }

    /// <summary>FNV-1a over the UTF-16 code units, then mixed: stable across processes and runtimes.</summary>
    private static ulong WordHash(string word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    /// <summary>The splitmix64 finalizer.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>How much two quotes share.</summary>
/// <param name="Overlap">Shingles both have.</param>
/// <param name="ShinglesA">Distinct shingles of the first.</param>
/// <param name="ShinglesB">Distinct shingles of the second.</param>
/// <param name="WordsA">Words of the first.</param>
/// <param name="WordsB">Words of the second.</param>
public readonly record struct QuoteSimilarity(int Overlap, int ShinglesA, int ShinglesB, int WordsA, int WordsB)
{
    /// <summary>Shared shingles over all distinct shingles (Jaccard): near 1 for the same quote trimmed by a word or two.</summary>
    public double Resemblance => Overlap == 0 ? 0 : (double)Overlap / (ShinglesA + ShinglesB - Overlap);

    /// <summary>Shared shingles over the shorter quote's: near 1 when the shorter one lies inside the longer.</summary>
    public double Containment => Overlap == 0 ? 0 : (double)Overlap / Math.Min(ShinglesA, ShinglesB);

    /// <summary>True when the first quote is the shorter (by words).</summary>
    public bool FirstIsShorter => WordsA < WordsB;
}

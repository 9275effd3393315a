using System.Collections.Frozen;

namespace QuoteCheck.Core.Extraction;

/// <summary>
/// A quick test that a word cannot be in a word list matched ignoring case: the list's words' first two letters (in
/// either case) with their lengths, one bit each. Most words of running text fail it ("the", "and", "that" start no
/// speech verb of their length), and cost a table read instead of hashing the word.
/// </summary>
/// <remarks>
/// Exact for every word: a word whose first two characters are not both ASCII letters, or whose length the table does
/// not cover, is passed on to the list; and a list holding any word the table cannot describe passes every word.
/// </remarks>
internal sealed class LeadingLetters
{
    private const int MaxLength = 31;
    private const int Letters = 26;

    private readonly ulong[] _bits = new ulong[((Letters * Letters * (MaxLength + 1)) + 63) / 64];
    private readonly bool _passesAll;

    /// <summary>The table of <paramref name="list"/>'s words.</summary>
    public LeadingLetters(FrozenSet<string> list)
    {
        foreach (var word in list)
        {
            if (word.Length > MaxLength)
                continue; // the test passes every word this long
            if (word.Length < 2 || Letter(word[0]) < 0 || Letter(word[1]) < 0)
            {
                _passesAll = true; // a word the table cannot describe: let the list decide every word
                return;
            }

            var bit = Bit(word);
            _bits[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>False only when the list cannot hold <paramref name="word"/>.</summary>
    public bool MayHold(string word)
    {
        if (_passesAll || word.Length < 2 || word.Length > MaxLength || Letter(word[0]) < 0 || Letter(word[1]) < 0)
            return true;
        var bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int Bit(string word) => (((Letter(word[0]) * Letters) + Letter(word[1])) * (MaxLength + 1)) + word.Length;

    /// <summary>The ASCII letter's place in the alphabet ignoring case, or -1 for any other character.</summary>
    private static int Letter(char c)
    {
        var lower = c | 0x20; // only 'A'-'Z' and 'a'-'z' land in 'a'-'z'
        return lower is >= 'a' and <= 'z' ? lower - 'a' : -1;
    }
}

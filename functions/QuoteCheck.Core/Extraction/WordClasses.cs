using System.Collections.Frozen;
using System.Text;

namespace QuoteCheck.Core.Extraction;

/// <summary>The lexicon's word lists a word is in, one bit per list (<see cref="WordClasses"/>).</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,

    /// <summary>Set on every value <see cref="WordClasses.Of"/> returns, so a cache can tell a word in no list from one not yet looked up.</summary>
    Known = 1U << 0,

    // Lists matched exactly.

    /// <summary>Any of the given-name lists: <see cref="Lexicon.MaleGivenNames"/>, <see cref="Lexicon.MaleNames"/>, <see cref="Lexicon.FemaleGivenNames"/>, <see cref="Lexicon.FemaleNames"/>.</summary>
    GivenName = 1U << 1,
    NameParticle = 1U << 2,
    Honorific = 1U << 3,
    TitleAbbreviation = 1U << 4,
    Descriptor = 1U << 5,
    PlaceName = 1U << 6,
    PlaceWord = 1U << 7,
    NotName = 1U << 8,
    ClauseOpener = 1U << 9,
    NotNameWord = 1U << 10,
    OrganisationHead = 1U << 11,
    OrganisationWord = 1U << 12,
    SentenceAdverb = 1U << 13,
    EventWord = 1U << 14,
    PlaceSuffix = 1U << 15,
    CapitalisedHeading = 1U << 16,

    // Lists matched ignoring case.
    TitleHead = 1U << 17,
    RoleWord = 1U << 18,
    PersonRoleNoun = 1U << 19,
    PartyWord = 1U << 20,
    Determiner = 1U << 21,
    Stop = 1U << 22,
    Preposition = 1U << 23,
    SpeechVerb = 1U << 24,
    Auxiliary = 1U << 25,
    ContrastWord = 1U << 26,
    GenericModifier = 1U << 27,
    AnaphoricPersonNoun = 1U << 28,
    OrganisationType = 1U << 29,
    Pronoun = 1U << 30,

    // Unions the rules ask together.
    OrganisationHeadWord = OrganisationHead | OrganisationWord,
    Place = PlaceName | PlaceWord,
}

/// <summary>
/// Every word of the lists in <see cref="WordClass"/> in one table, so that a word's lists come from one lookup instead
/// of one per list; documents cache the answer per token (<see cref="ArticleDocument.ClassOf"/>), so the readers that ask
/// about the same token again and again hash it once.
/// </summary>
/// <remarks>
/// Exact for every list: the table matches ignoring case; each entry holds the classes of the lists matched ignoring
/// case and, for the lists matched exactly, the forms as listed, compared exactly. A list with any other comparer is refused.
/// </remarks>
internal static class WordClasses
{
    private static readonly FrozenDictionary<string, Entry> Table = Build();
    private static readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> SpanTable = Table.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, WordClass> PlainForms = BuildPlainForms();

    /// <summary>The lists that hold <paramref name="word"/>, with <see cref="WordClass.Known"/> set.</summary>
    /// <remarks>
    /// Words as news writes them, in lower case, capitalised or in capitals, are found by one exact lookup of their
    /// form (cheaper than matching ignoring case); any other ("McCain", "Zürich") by the table matched ignoring case.
    /// </remarks>
    public static WordClass Of(string word)
    {
        if (PlainForms.TryGetValue(word, out var classes))
            return classes;
        return IsPlainCasing(word) ? WordClass.Known : Lookup(word);
    }

    /// <summary>
    /// True for an ASCII word in lower case, capitalised or in capitals: one that matches a listed word ignoring case
    /// only as that word's form of the same casing, which <see cref="PlainForms"/> holds.
    /// </summary>
    private static bool IsPlainCasing(ReadOnlySpan<char> word)
    {
        var upperAfterFirst = false;
        var lower = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsAscii(c))
                return false;
            if (char.IsAsciiLetterLower(c))
                lower = true;
            else if (i > 0 && char.IsAsciiLetterUpper(c))
                upperAfterFirst = true;
        }

        return !(upperAfterFirst && lower);
    }

    /// <summary>Every listed ASCII word in lower case, capitalised and in capitals, and every form as listed, with its classes.</summary>
    private static FrozenDictionary<string, WordClass> BuildPlainForms()
    {
        var forms = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var (key, entry) in Table)
        {
            if (!Ascii.IsValid(key))
            {
                // a word outside ASCII is found through the table; none may match an ASCII word ignoring case ("ſ" and "S")
                if (Ascii.IsValid(key.ToUpperInvariant()) || Ascii.IsValid(key.ToLowerInvariant()))
                    throw new InvalidOperationException($"The listed word '{key}' matches ASCII words ignoring case.");
                continue;
            }

            var upper = key.ToUpperInvariant();
            var lower = key.ToLowerInvariant();
            foreach (var form in (string[])[key, lower, upper, string.Concat(upper.AsSpan(0, 1), lower.AsSpan(1)), .. entry.Exact.Select(e => e.Form)])
                forms[form] = Lookup(form);
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The lists that hold <paramref name="word"/>, from the table matched ignoring case.</summary>
    private static WordClass Lookup(ReadOnlySpan<char> word)
    {
        if (!SpanTable.TryGetValue(word, out var entry))
            return WordClass.Known;
        var classes = entry.AnyCase;
        foreach (var (form, exact) in entry.Exact)
        {
            if (word.SequenceEqual(form))
                classes |= exact;
        }

        return classes;
    }

    /// <summary>True when <paramref name="classes"/> has any of <paramref name="wanted"/>.</summary>
    public static bool HasAny(this WordClass classes, WordClass wanted) => (classes & wanted) != 0;

    private sealed class Entry
    {
        public WordClass AnyCase = WordClass.Known;

        public (string Form, WordClass Classes)[] Exact = [];
    }

    private static FrozenDictionary<string, Entry> Build()
    {
        var lists = new (IEnumerable<string> Words, IEqualityComparer<string> Comparer, WordClass Class)[]
        {
            (Lexicon.MaleGivenNames, Lexicon.MaleGivenNames.Comparer, WordClass.GivenName),
            (Lexicon.MaleNames, Lexicon.MaleNames.Comparer, WordClass.GivenName),
            (Lexicon.FemaleGivenNames, Lexicon.FemaleGivenNames.Comparer, WordClass.GivenName),
            (Lexicon.FemaleNames, Lexicon.FemaleNames.Comparer, WordClass.GivenName),
            (Lexicon.NameParticles, Lexicon.NameParticles.Comparer, WordClass.NameParticle),
            (Lexicon.Honorifics, Lexicon.Honorifics.Comparer, WordClass.Honorific),
            (Lexicon.TitleAbbreviations.Keys, Lexicon.TitleAbbreviations.Comparer, WordClass.TitleAbbreviation),
            (Lexicon.Descriptors, Lexicon.Descriptors.Comparer, WordClass.Descriptor),
            (Lexicon.PlaceNames, Lexicon.PlaceNames.Comparer, WordClass.PlaceName),
            (Lexicon.PlaceWords, Lexicon.PlaceWords.Comparer, WordClass.PlaceWord),
            (Lexicon.NotNames, Lexicon.NotNames.Comparer, WordClass.NotName),
            (Lexicon.ClauseOpeners, Lexicon.ClauseOpeners.Comparer, WordClass.ClauseOpener),
            (Lexicon.NotNameWords, Lexicon.NotNameWords.Comparer, WordClass.NotNameWord),
            (Lexicon.OrganisationHeads, Lexicon.OrganisationHeads.Comparer, WordClass.OrganisationHead),
            (Lexicon.OrganisationWords, Lexicon.OrganisationWords.Comparer, WordClass.OrganisationWord),
            (Lexicon.SentenceAdverbs, Lexicon.SentenceAdverbs.Comparer, WordClass.SentenceAdverb),
            (Lexicon.EventWords, Lexicon.EventWords.Comparer, WordClass.EventWord),
            (Lexicon.PlaceSuffixes, Lexicon.PlaceSuffixes.Comparer, WordClass.PlaceSuffix),
            (Lexicon.CapitalisedHeadings, Lexicon.CapitalisedHeadings.Comparer, WordClass.CapitalisedHeading),
            (Lexicon.TitleHeads, Lexicon.TitleHeads.Comparer, WordClass.TitleHead),
            (Lexicon.RoleWords, Lexicon.RoleWords.Comparer, WordClass.RoleWord),
            (Lexicon.PersonRoleNouns, Lexicon.PersonRoleNouns.Comparer, WordClass.PersonRoleNoun),
            (Lexicon.PartyWords, Lexicon.PartyWords.Comparer, WordClass.PartyWord),
            (Lexicon.Determiners, Lexicon.Determiners.Comparer, WordClass.Determiner),
            (Lexicon.Stops, Lexicon.Stops.Comparer, WordClass.Stop),
            (Lexicon.Prepositions, Lexicon.Prepositions.Comparer, WordClass.Preposition),
            (Lexicon.SpeechVerbs, Lexicon.SpeechVerbs.Comparer, WordClass.SpeechVerb),
            (Lexicon.Auxiliaries, Lexicon.Auxiliaries.Comparer, WordClass.Auxiliary),
            (Lexicon.ContrastWords, Lexicon.ContrastWords.Comparer, WordClass.ContrastWord),
            (Lexicon.GenericModifiers, Lexicon.GenericModifiers.Comparer, WordClass.GenericModifier),
            (Lexicon.AnaphoricPersonNouns, Lexicon.AnaphoricPersonNouns.Comparer, WordClass.AnaphoricPersonNoun),
            (Lexicon.OrganisationTypes.Keys, Lexicon.OrganisationTypes.Comparer, WordClass.OrganisationType),
            (Lexicon.Pronouns.Keys, Lexicon.Pronouns.Comparer, WordClass.Pronoun),
        };
        var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, comparer, cls) in lists)
        {
            var exact = ReferenceEquals(comparer, StringComparer.Ordinal);
            if (!exact && !ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase))
                throw new InvalidOperationException($"The list of {cls} is matched neither exactly nor ignoring case.");
            foreach (var word in words)
            {
                if (!entries.TryGetValue(word, out var entry))
                    entries[word] = entry = new Entry();
                if (!exact)
                    entry.AnyCase |= cls;
                else if (Array.FindIndex(entry.Exact, e => e.Form == word) is var i and >= 0)
                    entry.Exact[i].Classes |= cls;
                else
                    entry.Exact = [.. entry.Exact, (word, cls)];
            }
        }

        return entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

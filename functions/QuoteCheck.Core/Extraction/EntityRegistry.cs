namespace QuoteCheck.Core.Extraction;

/// <summary>The people an article names, with their fullest name, role and gender, for canonical speakers and pronoun resolution.</summary>
internal sealed class EntityRegistry
{
    private readonly Dictionary<string, Person> _byKey = new(StringComparer.Ordinal);
    private readonly List<(int Token, Person Person)> _occurrences = [];
    private readonly ArticleDocument _doc;

    private EntityRegistry(ArticleDocument doc) => _doc = doc;

    /// <summary>A named person.</summary>
    public sealed class Person(string key)
    {
        public string Key { get; } = key;

        public string FullName { get; set; } = key;

        public string? Role { get; set; }

        public char Gender { get; set; } = '?';

        public bool IsPerson { get; set; }

        public int FirstParagraph { get; set; }

        /// <summary>False for names of places and organisations ("White House", "North Korea"); set once the names are collected.</summary>
        public bool CanBeAPerson { get; set; } = true;
    }

    /// <summary>Collects the names of <paramref name="doc"/> outside quotes and excluded paragraphs.</summary>
    public static EntityRegistry Build(ArticleDocument doc, NounPhrases phrases)
    {
        var registry = new EntityRegistry(doc);
        var tokens = doc.Tokens;
        var runs = new List<(int From, int To)>();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!IsRunToken(tokens, t) || doc.Paragraphs[tokens[t].Paragraph].Excluded)
                continue;
            var from = t;
            while (t + 1 < tokens.Length && IsRunToken(tokens, t + 1) && tokens[t + 1].Paragraph == tokens[from].Paragraph)
                t++;
            runs.Add((from, t));
        }

        foreach (var (from, to) in runs)
            registry.AddRun(from, to);
        foreach (var (from, to) in runs)
        {
            for (var t = from; t <= to; t++)
            {
                if (registry._byKey.TryGetValue(Key(tokens[t].Text), out var person) && (t == to || !IsName(tokens[t + 1].Text)))
                {
                    registry._occurrences.Add((t, person));
                    if (phrases.IsCue(SkipAux(tokens, t + 1)))
                        person.IsPerson = true;
                }
            }
        }

        foreach (var person in registry._byKey.Values)
            person.CanBeAPerson = CanBeAPerson(person.FullName);
        registry.LearnGenders();
        return registry;
    }

    /// <summary>The person a name mention refers to, if the article names them.</summary>
    public Person? Lookup(int from, int to)
    {
        for (var t = to; t >= from; t--)
        {
            var tok = _doc.Tokens[t];
            if (tok.IsWord && char.IsUpper(tok.Text[0]) && _byKey.TryGetValue(Key(tok.Text), out var person))
                return person;
        }

        return null;
    }

    /// <summary>The most recent person before token <paramref name="before"/> compatible with the pronoun's gender.</summary>
    public Person? ResolvePronoun(int before, char gender)
    {
        var index = LastOccurrenceBefore(before);
        Person? unknownGender = null;
        var paragraph = before < _doc.Tokens.Length ? _doc.Tokens[before].Paragraph : int.MaxValue;
        for (var i = index; i >= 0 && i > index - 40; i--)
        {
            var (token, person) = _occurrences[i];
            if (!person.IsPerson || !person.CanBeAPerson)
                continue;
            if (person.Gender == gender)
                return person;
            if (person.Gender != '?' || unknownGender is not null)
                continue;
            if (_doc.Tokens[token].Paragraph >= paragraph - 1)
                return person; // named just before the pronoun: recency wins over a gender seen further back
            unknownGender = person;
        }

        // nobody of the pronoun's gender in reach: the most recent person whose gender the article never showed
        return unknownGender;
    }

    private int LastOccurrenceBefore(int before)
    {
        var lo = 0;
        var hi = _occurrences.Count - 1;
        var index = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_occurrences[mid].Token < before)
            {
                index = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return index;
    }

    /// <summary>The most recent person whose role matches a description such as "the Turkish president".</summary>
    public Person? ResolveDescription(string description, int before)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !Lexicon.Determiners.Contains(words[0]))
            return null;
        var wanted = string.Join(' ', words[1..]);
        var index = LastOccurrenceBefore(before);
        for (var i = index; i >= 0 && i > index - 200; i--)
        {
            var (token, person) = _occurrences[i];
            if (token < before && person.Role is { } role && role.EndsWith(wanted, StringComparison.OrdinalIgnoreCase))
                return person;
        }

        return null;
    }

    /// <summary>A person of unknown gender named just before "he"/"his" or "she"/"her" in the same sentence takes that gender.</summary>
    private void LearnGenders()
    {
        var tokens = _doc.Tokens;
        var next = 0;
        Person? last = null;
        var lastSentence = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (next < _occurrences.Count && _occurrences[next].Token == t)
            {
                last = _occurrences[next].Person;
                lastSentence = tokens[t].Sentence;
                next++;
                continue;
            }

            if (last is null || last.Gender != '?' || !last.CanBeAPerson || tokens[t].Sentence != lastSentence || tokens[t].Quote >= 0 || !tokens[t].IsWord)
                continue;
            last.Gender = tokens[t].Text.ToLowerInvariant() switch
            {
                "he" or "his" or "him" or "himself" => 'm',
                "she" or "her" or "hers" or "herself" => 'f',
                _ => '?',
            };
        }
    }

    private void AddRun(int from, int to)
    {
        var tokens = _doc.Tokens;
        while (from <= to && Lexicon.NotNames.Contains(tokens[from].Text))
            from++;
        if (from > to)
            return;
        var nameFrom = to;
        while (nameFrom - 1 >= from && IsName(tokens[nameFrom - 1].Text))
            nameFrom--;
        if (!IsName(tokens[to].Text))
            return;
        for (var k = nameFrom; k < to; k++)
        {
            if (Lexicon.OrganisationWords.Contains(tokens[k].Text))
            {
                // "The Washington Post Trump said": the organisation ends before the person's name
                nameFrom = k + 1;
                from = Math.Max(from, k + 1);
            }
        }

        for (var k = nameFrom + 1; k < to && IsDescriptor(tokens[k - 1].Text); k++)
        {
            if (Lexicon.MaleNames.Contains(tokens[k].Text) || Lexicon.FemaleNames.Contains(tokens[k].Text))
            {
                // "Republican Donald Trump", "Miss Universe Alicia Machado": the name starts at the first name
                nameFrom = k;
                break;
            }
        }

        var hasTitle = nameFrom > from;
        var nameTokens = to - nameFrom + 1;
        if (nameTokens < 2 && !hasTitle)
            return;
        var key = Key(tokens[to].Text);
        var fullName = string.Join(' ', Enumerable.Range(nameFrom, nameTokens).Select(i => StripPossessive(tokens[i].Text)));
        if (!_byKey.TryGetValue(key, out var person))
        {
            person = new Person(key) { FirstParagraph = tokens[from].Paragraph };
            _byKey[key] = person;
        }

        if (fullName.Split(' ').Length > person.FullName.Split(' ').Length)
            person.FullName = fullName;
        if (hasTitle)
        {
            var title = _doc.Text[tokens[from].Start..tokens[nameFrom - 1].End];
            var honorific = tokens[nameFrom - 1].Text;
            if (honorific is "Mr." or "Mr")
                person.Gender = 'm';
            else if (honorific is "Mrs." or "Ms." or "Mrs" or "Ms" or "Miss")
                person.Gender = 'f';
            else if (HasTitleWord(from, nameFrom - 1))
                person.Role ??= title;
            person.IsPerson = true;
        }

        var first = tokens[nameFrom].Text;
        if (nameTokens >= 2 && person.Gender == '?')
        {
            if (Lexicon.MaleNames.Contains(first))
                person.Gender = 'm';
            else if (Lexicon.FemaleNames.Contains(first))
                person.Gender = 'f';
        }

        if (nameTokens >= 2 && (Lexicon.MaleNames.Contains(first) || Lexicon.FemaleNames.Contains(first)))
            person.IsPerson = true;
    }

    /// <summary>A capitalised word that describes rather than names: party, nationality, "Rival", "Former", a place.</summary>
    private static bool IsDescriptor(string word) =>
        Lexicon.Descriptors.Contains(word) || Lexicon.PlaceWords.Contains(word) || Lexicon.OrganisationWords.Contains(word)
        || (word.Length > 4 && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal))
            && !Lexicon.MaleNames.Contains(word) && !Lexicon.FemaleNames.Contains(word));

    private bool HasTitleWord(int from, int to)
    {
        for (var t = from; t <= to; t++)
        {
            if (Lexicon.TitleHeads.Contains(_doc.Tokens[t].Text) || Lexicon.Honorifics.Contains(_doc.Tokens[t].Text) || Lexicon.RoleWords.Contains(_doc.Tokens[t].Text))
                return true;
        }

        return false;
    }

    /// <summary>False for names that are places or organisations ("White House", "North Korea", "Fox News").</summary>
    private static bool CanBeAPerson(string fullName)
    {
        foreach (var word in fullName.Split(' '))
        {
            if (Lexicon.OrganisationWords.Contains(word) || Lexicon.PlaceWords.Contains(word))
                return false;
        }

        return true;
    }

    private static int SkipAux(Token[] tokens, int t)
    {
        while (t < tokens.Length && tokens[t].IsWord && Lexicon.IsAuxiliary(tokens[t].Text))
            t++;
        return t;
    }

    private static bool IsRunToken(Token[] tokens, int t)
    {
        var tok = tokens[t];
        if (!tok.IsWord || tok.Quote >= 0)
            return false;
        return char.IsUpper(tok.Text[0]) || Lexicon.NameParticles.Contains(tok.Text) || Lexicon.TitleHeads.Contains(tok.Text);
    }

    private static bool IsName(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || Lexicon.NameParticles.Contains(word))
        && !Lexicon.TitleHeads.Contains(word) && !Lexicon.Honorifics.Contains(word) && !Lexicon.NotNames.Contains(word)
        && !word.All(c => char.IsUpper(c) || c == '.');

    private static string Key(string word) => StripPossessive(word);

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
}

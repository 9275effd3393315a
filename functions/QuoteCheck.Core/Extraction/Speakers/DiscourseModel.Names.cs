using System.Collections.Frozen;

namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>First pass of the model: name mentions, their kinds, titles, appositions and clusters.</summary>
internal sealed partial class DiscourseModel
{
    // Lists the name rules ask together about an entity's words, each merged into one (all are matched exactly, so the
    // merged list is too): a word is looked up once instead of once per list. A token's words are asked through its
    // classes (ArticleDocument.ClassOf, StemClassOf), looked up once per token for every list.
    private static readonly FrozenSet<string> GivenNames = Merged(Lexicon.MaleGivenNames, Lexicon.MaleNames, Lexicon.FemaleGivenNames, Lexicon.FemaleNames);
    private static readonly FrozenSet<string> MaleNames = Merged(Lexicon.MaleGivenNames, Lexicon.MaleNames);
    private static readonly FrozenSet<string> FemaleNames = Merged(Lexicon.FemaleGivenNames, Lexicon.FemaleNames);
    private static readonly FrozenSet<string> DescriptorWords = Merged(Lexicon.Descriptors, Lexicon.PlaceNames, Lexicon.PlaceWords, Lexicon.OrganisationHeads);

    private readonly Dictionary<string, Entity> _byOtherName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _byOrganisationFirst = new(StringComparer.Ordinal);
    private readonly List<NameMention> _groupMentions = [];
    private readonly Dictionary<int, int> _prefixOwner = [];
    private readonly Dictionary<string, Entity> _byPaperHead = new(StringComparer.Ordinal);
    private HashSet<string>? _capitalisedMidSentence;
    private bool[]? _titleCase; // per paragraph: a headline in title case (CollectNames sets it)
    private (HashSet<string> Inside, HashSet<string> Anywhere)? _capitalisedInBody;

    /// <summary>The person whose title or descriptor words include token <paramref name="t"/> ("<i>Halifax</i> cartoonist Ann Roe" → Ann Roe).</summary>
    public Entity? PrefixOwnerAt(int t) => _prefixOwner.TryGetValue(t, out var name) ? _entityAt[name] : null;

    private void CollectNames()
    {
        _titleCase = TitleCaseParagraphs();
        for (var t = 0; t < _tokens.Length; t++)
        {
            if (!StartsRun(t))
                continue;
            var to = t;
            while (to + 1 < _tokens.Length && ContinuesRun(t, to + 1))
                to++;
            ProcessRun(t, to);
            t = to;
        }
    }

    /// <summary>
    /// True when the capitalised words of the run before the given name at <paramref name="k"/> read as a headline or a
    /// lead-in, not as more of the name or a title: the word right before cannot lead a name, and two or more words
    /// cannot ("Bush Hits Marco Rubio", "Hedge Funds Support Hillary Clinton"), or the one that cannot is a verb form
    /// ("Using Ted Cruz", "Texas-based Matt Mackowiak"), or follows a descriptor ("Conservative Icon Morton Blackwell").
    /// One unknown word alone may be a given name the lexicon lacks
    /// ("Norbert Leo Butz", "Azfar Ali Khan"), so it stays.
    /// </summary>
    private bool EndsAHeadline(int from, int k)
    {
        var prev = _tokens[k - 1].Text;
        if (CanLeadAName(k - 1))
            return false; // "Supreme Court Justice Sonia Sotomayor": a title right before the name; its words are her role
        var others = 0;
        for (var t = from; t < k; t++)
        {
            if (!CanLeadAName(t))
                others++;
        }

        return others >= 2 || (others == 1 && prev.Length > 3
            && (prev.EndsWith("ing", StringComparison.Ordinal) || prev.EndsWith("ed", StringComparison.Ordinal) || prev.Contains('-', StringComparison.Ordinal)
                || (k - 2 >= from && IsDescriptorWord(k - 2)))); // "Conservative Icon Morton Blackwell": a descriptor and its noun describe the name
    }

    /// <summary>
    /// True for a capitalised word that may stand before a given name within one name or its description: another given
    /// name or an initial ("Mary Ann", "J."), a particle, a title, an honorific, a role, a descriptor or a place ("Sen.",
    /// "Mayor", "Canadian", "Toronto"). Any other ("Rip", "Lawmakers", "Famer") ends what came before.
    /// </summary>
    private bool CanLeadAName(int k)
    {
        if (StemIs(k, WordClass.GivenName | WordClass.NameParticle | WordClass.TitleHead | WordClass.Honorific | WordClass.TitleAbbreviation
            | WordClass.Descriptor | WordClass.Place | WordClass.RoleWord | WordClass.PersonRoleNoun | WordClass.PartyWord | WordClass.NotName))
            return true;
        var w = StripPossessive(_tokens[k].Text);
        return (w.Length == 2 && w[1] == '.') || IsCompoundTitle(w) || IsPartyLabel(w)
            || w is "Prime" or "Vice" or "Deputy" or "Acting" or "Interim" or "Former" or "Chief" or "General" or "Associate" or "Assistant" or "Senior";
    }

    private bool StartsRun(int t)
    {
        var tok = _tokens[t];
        return tok.IsWord && tok.Quote < 0 && !_excluded[tok.Paragraph] && char.IsUpper(tok.Text[0]) && !IsHeadlineOnlyWord(t);
    }

    /// <summary>
    /// True for a capitalised word of a title-case headline that the rest of the article never capitalises inside a
    /// sentence and no list knows as part of a name, a title or a place ("Roe <i>Sees</i> 'Real Danger'", "Union
    /// <i>Supporter Screams</i>"): in title case every word has a capital, so only the body says which are names (and
    /// not where a sentence opens: "Underdog conservative …"). Such a word neither starts nor continues a name, unless it
    /// is the body's word at a sentence's opening after a name word ("Salma <i>Hayek</i> Described …", the body's "Hayek
    /// confirmed"), or it would open a name and a surname the body uses follows it, not a place or title ("<i>Cecile</i>
    /// Richards: …" where the body says "Richards"; but "State Department <i>Knew</i> Benghazi …", "to <i>Disavow</i> Lindsey Graham").
    /// </summary>
    private bool IsHeadlineOnlyWord(int k)
    {
        if (_titleCase is not { } titleCase || !titleCase[_tokens[k].Paragraph] || CanLeadAName(k) || IsAcronym(_tokens[k].Text))
            return false;
        var word = StripPossessive(_tokens[k].Text);
        var body = CapitalisedInBody();
        if (body.Inside.Contains(word))
            return false;
        var afterCapital = k > 0 && _tokens[k - 1].IsCapitalized && _tokens[k - 1].Sentence == _tokens[k].Sentence;
        if (afterCapital && body.Anywhere.Contains(word))
            return false; // "Salma Hayek Described …" where the body opens a sentence with "Hayek": the rest of a name (and "Salma" stays, by the rule below)
        var next = k + 1;
        return afterCapital || !(next < _tokens.Length && _tokens[next].IsCapitalized && _tokens[next].Quote < 0 && _tokens[next].Sentence == _tokens[k].Sentence
            && body.Anywhere.Contains(StripPossessive(_tokens[next].Text)) && !CanLeadAName(next)); // "Cecile Richards: …" where the body says "Richards": a given name the lists lack
    }

    /// <summary>
    /// Per paragraph, whether it is a headline in title case: at least three words of four letters or more, every one
    /// capitalised and not all in capitals (a heading in capitals is told apart elsewhere), in a paragraph of one sentence.
    /// </summary>
    private bool[] TitleCaseParagraphs()
    {
        var titleCase = new bool[_excluded.Length];
        var t = 0;
        while (t < _tokens.Length)
        {
            var p = _tokens[t].Paragraph;
            var sentence = _tokens[t].Sentence;
            var (capitalised, oneSentence, lowerFound) = (0, true, false);
            for (; t < _tokens.Length && _tokens[t].Paragraph == p; t++)
            {
                ref readonly var tok = ref _tokens[t];
                oneSentence &= tok.Sentence == sentence;
                if (!tok.IsWord || tok.Text.Length < 4 || !char.IsLetter(tok.Text[0]))
                    continue;
                if (char.IsLower(tok.Text[0]))
                    lowerFound = true;
                else if (tok.Text.AsSpan(1).ContainsAnyInRange('a', 'z'))
                    capitalised++;
            }

            titleCase[p] = oneSentence && !lowerFound && capitalised >= 3;
        }

        return titleCase;
    }

    /// <summary>
    /// The words the article capitalises outside its title-case headlines, computed once on first use: inside a sentence
    /// (after its first word), and anywhere (where a sentence opens too).
    /// </summary>
    private (HashSet<string> Inside, HashSet<string> Anywhere) CapitalisedInBody()
    {
        if (_capitalisedInBody is { } known)
            return known;
        var inside = new HashSet<string>(StringComparer.Ordinal);
        var anywhere = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < _tokens.Length; t++)
        {
            ref readonly var tok = ref _tokens[t];
            if (!tok.IsWord || !char.IsUpper(tok.Text[0]) || _titleCase![tok.Paragraph])
                continue;
            var word = StripPossessive(tok.Text);
            anywhere.Add(word);
            if (t > 0 && _tokens[t - 1].Sentence == tok.Sentence)
                inside.Add(word);
        }

        _capitalisedInBody = (inside, anywhere);
        return (inside, anywhere);
    }

    private bool ContinuesRun(int from, int k)
    {
        var tok = _tokens[k];
        var prev = _tokens[k - 1];
        if (!tok.IsWord || tok.Quote >= 0 || tok.Paragraph != prev.Paragraph || tok.Sentence != prev.Sentence || !prev.IsWord || NounPhrases.IsPossessive(prev.Text))
            return false;
        if (char.IsUpper(tok.Text[0]))
        {
            if (_doc.Is(k, WordClass.GivenName) && tok.Text.Length > 2 && k + 1 < _tokens.Length && _tokens[k + 1].IsCapitalized && _tokens[k + 1].Sentence == tok.Sentence
                && (IsOrganisationHead(k - 1, from) || EndsAHeadline(from, k)))
                return false; // "… via Getty Images Kevin Vickers at", "Black Lawmakers Rip Donald Trump": a person's name starts afresh
            if (IsHeadlineVerbAfterName(k))
                return false; // "Obama Sees Hope in Talks", "Gina Rodriguez Questioned The Casting": the headline's verb ends the name
            if (IsHeadlineOnlyWord(k))
                return false; // "Roe Sees 'Real Danger'": a headline word the article capitalises nowhere else is no part of a name
            return !_doc.Is(k, WordClass.NotName) || (tok.Text is "The" && prev.Text is "of" or "for")
                || IsSurnameWord(k); // "Theresa May", "Ms. May", "George Will"
        }

        var next = k + 1 < _tokens.Length ? _tokens[k + 1] : default;
        var nextCapital = next.IsWord && next.Quote < 0 && next.Sentence == tok.Sentence && char.IsUpper(next.Text[0]);
        if (_doc.Is(k, WordClass.NameParticle))
            return nextCapital;
        if (!RunHasOrganisationHead(from, k - 1))
            return false;
        return tok.Text switch
        {
            "of" or "for" or "on" => nextCapital || (next.IsWord && next.Text == "the" && k + 2 < _tokens.Length && _tokens[k + 2].IsCapitalized && _tokens[k + 2].Quote < 0),
            "the" => prev.Text is "of" or "for" && nextCapital,
            "and" or "&" => nextCapital && RunHasConnector(from, k - 1),
            _ => false,
        };
    }

    private bool RunHasOrganisationHead(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (IsOrganisationHead(k, from))
                return true;
        }

        return false;
    }

    private bool RunHasConnector(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (_tokens[k].Text is "of" or "for")
                return true;
        }

        return false;
    }

    private bool IsOrganisationHead(int k, int from)
    {
        var text = Stem(_tokens[k].Text);
        if (text is "Post" or "Times")
            return k > from && _tokens[k - 1].IsCapitalized; // "The Washington Post", "The New York Times": a paper is named for its city
        if (text is "Canada" or "International" or "Nation" or "Band" or "Force")
            return k > from && _tokens[k - 1].IsCapitalized && !_doc.Is(k - 1, WordClass.PlaceName); // "Infrastructure Canada", not "Canada"
        return StemIs(k, WordClass.OrganisationHeadWord) || text is "House";
    }

    private void ProcessRun(int from, int to)
    {
        while (from <= to && (_doc.Is(from, WordClass.NotName | WordClass.ClauseOpener) || IsCapitalisedSpeechVerb(from)) && !IsSurnameWord(from))
            from++;
        for (var k = to - 1; k >= from; k--)
        {
            if (IsCompoundModifier(_tokens[k].Text))
            {
                from = k + 1; // "the Hillary Clinton-run State Department": the name is what the modifier qualifies
                break;
            }
        }

        if (from > to)
            return;
        var organisationEnd = -1;
        for (var k = from; k <= to; k++)
        {
            if (IsOrganisationHead(k, from))
                organisationEnd = k;
        }

        if (organisationEnd >= 0 && organisationEnd < to && IsTitleWord(organisationEnd + 1))
            organisationEnd = LastOrganisationHeadBefore(from, organisationEnd); // "Energy Secretary Paul Grant": the head qualifies a title

        if (organisationEnd >= 0 && RunHasConnector(organisationEnd, to))
            organisationEnd = to; // "Department of Coastal Waters": the words joined after the head are the name's

        // "Christopher House", "Tom Post": a given name and one word is a person, whatever the word
        if (organisationEnd >= 0 && to - from == 1 && _doc.Is(from, WordClass.GivenName) && organisationEnd == to && !Lexicon.InstitutionHeads.Contains(_tokens[to].Text))
            organisationEnd = -1; // but "Clinton Foundation", "Lincoln University": a head no one bears as a surname
        if (organisationEnd >= 0)
        {
            AddOrganisation(from, organisationEnd, 3);
            if (organisationEnd < to)
                ProcessRun(organisationEnd + 1, to); // "The Washington Post Trump said"
            return;
        }

        if (IsAcronym(_tokens[from].Text) && (StemIs(from, WordClass.CapitalisedHeading) || (to > from && IsAcronym(_tokens[to].Text))))
        {
            AddSimple(from, to, EntityKind.Other); // "READ MORE", "ANALYST'S TAKE": a heading
            return;
        }

        if (from == to && (Lexicon.TimeZones.Contains(_tokens[from].Text) || IsCompoundModifier(_tokens[from].Text)))
        {
            AddSimple(from, to, EntityKind.Other); // "10 a.m. EST", "the GOP-led committee": no one "it" or "they" could be
            return;
        }

        if (from == to && IsAcronym(_tokens[from].Text) && !_doc.Is(from, WordClass.PlaceName))
        {
            AddOrganisation(from, to, 2);
            return;
        }

        if ((AllPlaces(from, to) && !(from == to && NamesPersonFirst(StripPossessive(_tokens[from].Text)))) || (to > from && StemIs(to, WordClass.PlaceSuffix)))
        {
            AddSimple(from, to, EntityKind.Place);
            return;
        }

        if (ContainsNotNameWord(from, to) && TitleBeforeName(from, to) is { } title && !ContainsNotNameWord(title, to))
        {
            // "Judicial Watch President Tom Fitton": a word no name has ("Watch") before a title and a name; the title and
            // the name are a person's, the words before it another run's
            ProcessRun(from, title - 1);
            ProcessRun(title, to);
            return;
        }

        if ((to > from && StemIs(to, WordClass.EventWord) && !_doc.Is(to - 1, WordClass.GivenName)) || ContainsNotNameWord(from, to))
        {
            AddSimple(from, to, EntityKind.Other);
            return;
        }

        if (from == to && IsCommonWordOpeningSentence(from))
            return; // "Multiple news reports said", "Legal observers note": a capitalised word only where a sentence opens

        var nameFrom = to;
        while (nameFrom - 1 >= from && IsNameWord(nameFrom - 1))
            nameFrom--;
        if (!IsNameWord(to) && !(to > from && _tokens[to].Text is "II" or "III" or "IV" && IsNameWord(to - 1)) && !IsTitleWordAsSurname(from, to))
            return; // a title alone ("the President said"): a description; but "Vann R. Newkirk II" is a name, and a title word after a given name is a surname ("Charlie King", then "King said")
        if (CompletesTitle(nameFrom) && (to - nameFrom >= 2 || (to > nameFrom && !_doc.Is(nameFrom, WordClass.GivenName))))
            nameFrom++; // "Chief of Staff Denis McDonough", "Secretary of State Kerry": the word after "of" completes the title
        while (nameFrom < to && IsDescriptorWord(nameFrom) && (_doc.Is(nameFrom + 1, WordClass.GivenName) || to - nameFrom >= 2))
            nameFrom++; // "Republican Donald Trump", "Halifax cartoonist" stays outside the name
        if (nameFrom > from && IsDescriptorWord(nameFrom - 1) && to - nameFrom >= 2 && !_doc.Is(nameFrom, WordClass.GivenName | WordClass.NameParticle))
            nameFrom++; // "Conservative Icon Morton Blackwell": the noun a descriptor qualifies is no first name
        if (AllDescriptors(nameFrom, to) && !(nameFrom == to && (NamesPersonFirst(StripPossessive(_tokens[to].Text)) || SpeaksAsSurname(from, to))))
            return; // "the Kentucky Republican": a description, resolved by role; but "Jordan said" after "Rep. Jim Jordan" is he
        if (IsThingAfterThe(from, to))
        {
            AddSimple(from, to, EntityKind.Other); // "The Trump Train rolled in": a thing the article names, no person
            return;
        }

        AddPersonish(from, nameFrom, to);
    }

    /// <summary>
    /// True for a run of capitalised words right after "the" with no given name, title or honorific in it ("the Trump
    /// Train", "Face the Nation,"): the name of a thing or a group, where a person's name takes no article ("the Rev. Al
    /// Sharpton" has its honorific, "the Bernie Sanders campaign" its given name). One word alone only where no
    /// lower-case word follows it ("the Obama administration" is Obama's).
    /// </summary>
    private bool IsThingAfterThe(int from, int to)
    {
        if (from == 0 || _tokens[from - 1].Text is not ("the" or "The") || _tokens[from - 1].Sentence != _tokens[from].Sentence)
            return false;
        if (to == from && (IsAcronym(_tokens[from].Text) || NounPhrases.IsPossessive(_tokens[from].Text)
            || (to + 1 < _tokens.Length && _tokens[to + 1].IsWord && char.IsLower(_tokens[to + 1].Text[0]))))
            return false; // "the Obama administration", "the FBI", "the Clintons'": a name modifying what follows, or an organisation
        for (var k = from; k <= to; k++)
        {
            if (_doc.Is(k, WordClass.GivenName | WordClass.TitleHead | WordClass.Honorific | WordClass.TitleAbbreviation | WordClass.Descriptor) || (CanLeadAName(k) && !IsNameWord(k)))
                return false;
        }

        return true;
    }

    /// <summary>
    /// True for a lone capitalised word that opens its sentence before a lower-case word ("Multiple news reports", "Legal
    /// observers") and is capitalised nowhere else in the article: an ordinary word, not a name. A name the lexicon
    /// knows, an acronym or a word the article capitalises mid-sentence too ("Sanders aides said … said Sanders") stays a name.
    /// </summary>
    private bool IsCommonWordOpeningSentence(int k)
    {
        if (k > 0 && _tokens[k - 1].Sentence == _tokens[k].Sentence)
            return false;
        if (k + 1 >= _tokens.Length || !_tokens[k + 1].IsWord || _tokens[k + 1].Sentence != _tokens[k].Sentence || !char.IsLower(_tokens[k + 1].Text[0]))
            return false;
        if (!IsGerund(_tokens[k].Text) && (IsVerbForm(k + 1) || (_tokens[k + 1].Text.EndsWith('s') && !(k + 2 < _tokens.Length && IsVerbForm(k + 2)))))
            return false; // "Rubio spoke", "Rubio wants to": a subject and its verb ("Corporate lobbyists say": a plural and its verb); but "Fundraising was" is a gerund's
        var w = StripPossessive(_tokens[k].Text);
        if (IsAcronym(w) || _doc.Is(k, WordClass.GivenName | WordClass.Place | WordClass.PlaceName | WordClass.OrganisationHeadWord | WordClass.Descriptor | WordClass.PartyWord))
            return false;
        return !CapitalisedMidSentence().Contains(w);
    }

    /// <summary>A capitalised -ing form long enough to be a gerund ("Fundraising", "Spending"), which may open a sentence as its subject; surnames such as "Manning" are capitalised mid-sentence too.</summary>
    private static bool IsGerund(string w) => w.Length >= 7 && w.EndsWith("ing", StringComparison.Ordinal) && !w.Contains('-');

    /// <summary>True when a lower-case noun follows token <paramref name="k"/> in its sentence ("the Trump <i>campaign</i>"), or "and" joining another modifier ("the Cruz <i>and</i> Rubio camps"), not a verb ("the Kremlin <i>said</i>").</summary>
    private bool ModifiesNounAfter(int k)
    {
        var next = k + 1;
        if (next >= _tokens.Length || !_tokens[next].IsWord || _tokens[next].Sentence != _tokens[k].Sentence || !char.IsLower(_tokens[next].Text[0]))
            return false;
        if (_tokens[next].Text is "and" or "or")
            return true; // "the Cruz and Rubio camps": modifiers joined before their noun
        return !IsVerbForm(next) && !_doc.Is(next, WordClass.Stop | WordClass.Preposition);
    }

    /// <summary>A lower-case verb form no noun shares: a past tense, an auxiliary, a speech or stance verb.</summary>
    private bool IsVerbForm(int k)
    {
        var w = _tokens[k].Text;
        return _tokens[k].IsWord && w.Length > 1 && char.IsLower(w[0])
            && (_doc.Is(k, WordClass.SpeechVerb | WordClass.Auxiliary) || Lexicon.IsStanceVerb(w) || Lexicon.IsPastTenseForm(w) || w is "spoke");
    }

    /// <summary>Every word the article capitalises inside a sentence (after its first word), computed once on first use.</summary>
    private HashSet<string> CapitalisedMidSentence()
    {
        if (_capitalisedMidSentence is { } known)
            return known;
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 1; t < _tokens.Length; t++)
        {
            if (_tokens[t].IsWord && char.IsUpper(_tokens[t].Text[0]) && _tokens[t - 1].Sentence == _tokens[t].Sentence)
                words.Add(StripPossessive(_tokens[t].Text));
        }

        return _capitalisedMidSentence = words;
    }

    private bool IsTitleWord(int k) => _doc.Is(k, WordClass.TitleHead | WordClass.Honorific | WordClass.TitleAbbreviation);

    /// <summary>True when token <paramref name="k"/> follows a title and "of" in its sentence ("Secretary of <i>State</i>", "Chief of <i>Staff</i>").</summary>
    private bool CompletesTitle(int k) => k >= 2 && _tokens[k - 1].Text is "of" && IsTitleWord(k - 2) && _tokens[k - 1].Sentence == _tokens[k].Sentence;

    private int LastOrganisationHeadBefore(int from, int end)
    {
        for (var k = end - 1; k >= from; k--)
        {
            if (IsOrganisationHead(k, from) && !IsTitleWord(k + 1))
                return k;
        }

        return -1;
    }

    /// <summary>
    /// True for a capitalised verb form a list knows (a speech, stance or headline verb: "Slams", "Sees", "Got") right after a given name or a
    /// surname the run has begun with, before another capitalised word: the verb of a headline in title case, not more
    /// of the name. Names that are also verbs ("Rush", "Will") stay names.
    /// </summary>
    private bool IsHeadlineVerbAfterName(int k)
    {
        var w = _tokens[k].Text;
        if (w.Length < 3 || !char.IsLower(w[1]) || k + 1 >= _tokens.Length || !_tokens[k + 1].IsCapitalized || _tokens[k + 1].Sentence != _tokens[k].Sentence)
            return false;
        if (!Lexicon.IsHeadlineVerb(w))
            return false;
        return !_doc.Is(k, WordClass.GivenName) && IsNameWord(k - 1) && !_doc.Is(k - 1, WordClass.Descriptor | WordClass.PartyWord);
    }

    private bool IsCapitalisedSpeechVerb(int k) => _doc.Is(k, WordClass.SpeechVerb) && !Lexicon.VerbsThatAreNames.Contains(_tokens[k].Text);

    /// <summary>A noun that says its bearer's sex outright ("widow", "mother", "woman"), as a title such as "spokesman" or "chairman" does not for a woman who holds it.</summary>
    private static bool IsSexedNoun(string noun) =>
        Lexicon.KinshipNouns.Contains(noun) || noun is "woman" or "man" or "girl" or "boy" or "lady" or "gentleman" or "widow" or "widower" or "girlfriend" or "boyfriend" or "bride" or "groom";

    /// <summary>A hyphenated modifier built on a name ("GOP-led", "Texas-based", "Saudi-backed"): an adjective, not a name.</summary>
    private static bool IsCompoundModifier(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && word.AsSpan(dash + 1) is "led" or "based" or "backed" or "owned" or "run" or "funded" or "born" or "style" or "era" or "controlled" or "dominated" or "allied" or "aligned";
    }

    private static bool IsAcronym(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }

        return letters >= 2;
    }

    private bool AllPlaces(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (!StemIs(k, WordClass.Place))
                return false;
        }

        return true;
    }

    /// <summary>True for a run of descriptors only ("Kentucky Republican"); the last word must be a listed one, since "-an" also ends surnames ("Greenspan").</summary>
    private bool AllDescriptors(int from, int to)
    {
        if (!StemIs(to, WordClass.Descriptor | WordClass.Place))
            return false;
        for (var k = from; k < to; k++)
        {
            if (!IsDescriptorWord(k))
                return false;
        }

        return true;
    }

    /// <summary>
    /// The last title word after <paramref name="from"/> that only name words follow up to <paramref name="to"/>, two or
    /// more of them, or one after a given name ("… President <i>Tom Fitton</i>"); null when there is none.
    /// </summary>
    private int? TitleBeforeName(int from, int to)
    {
        for (var k = to - 1; k > from; k--)
        {
            if (!IsTitleWord(k))
            {
                if (!IsNameWord(k))
                    return null;
                continue;
            }

            return to - k >= 2 || _doc.Is(to, WordClass.GivenName) ? k : null;
        }

        return null;
    }

    private bool ContainsNotNameWord(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (_doc.Is(k, WordClass.NotNameWord) && !IsSurnameWord(k))
                return true;
        }

        return false;
    }

    /// <summary>
    /// A month's name or a common word used as a surname: right after a given name or an honorific ("Theresa May", "Ms.
    /// May", "George Will", "Ian Read"), or the word alone once the article has named someone by it ("…," Will wrote); the
    /// word not before another capitalised one, where it is a title-case headline's verb ("Hillary Will Win").
    /// </summary>
    private bool IsSurnameWord(int k)
    {
        var afterName = k > 0 && _doc.Is(k - 1, WordClass.GivenName | WordClass.Honorific);
        if (_tokens[k].Text is "May" or "June" or "April" or "August")
            return afterName;
        if (!Lexicon.SurnamesThatAreWords.Contains(_tokens[k].Text) || (k + 1 < _tokens.Length && _tokens[k + 1].IsCapitalized && _tokens[k + 1].Sentence == _tokens[k].Sentence))
            return false;
        return afterName || (_bySurname.ContainsKey(_tokens[k].Text) && !(k > 0 && _tokens[k - 1].IsCapitalized && _tokens[k - 1].Sentence == _tokens[k].Sentence));
    }

    private bool IsNameWord(int k)
    {
        var w = _tokens[k].Text;
        if (IsSurnameWord(k))
            return true;
        var classes = _doc.ClassOf(k);
        return w.Length > 0 && (char.IsUpper(w[0]) || classes.HasAny(WordClass.NameParticle))
            && !classes.HasAny(WordClass.TitleHead | WordClass.Honorific | WordClass.NotName | WordClass.ClauseOpener | WordClass.TitleAbbreviation)
            && !IsCompoundTitle(w) && w is not ("Prime" or "Vice" or "Deputy" or "Acting" or "Interim" or "Former")
            && !(k + 1 < _tokens.Length && _tokens[k + 1].IsCapitalized && classes.HasAny(WordClass.PersonRoleNoun) && !classes.HasAny(WordClass.GivenName | WordClass.Descriptor))
            && !IsAcronym(w) && !IsPartyLabel(w) && !IsOpeningAdverb(k);
    }

    /// <summary>"Lately, he has …", "Conversely, …": a sentence adverb opening its sentence before a comma is no name (but "Jolly, who …" is).</summary>
    private bool IsOpeningAdverb(int k) =>
        _doc.Is(k, WordClass.SentenceAdverb) && k + 1 < _tokens.Length && _tokens[k + 1].Is(',')
        && (k == 0 || _tokens[k - 1].Sentence != _tokens[k].Sentence);

    /// <summary>A hyphenated title ("Vice-President", "Co-Chair", "Deputy-Minister"): its last part is a title head.</summary>
    private static bool IsCompoundTitle(string w)
    {
        var dash = w.LastIndexOf('-');
        return dash > 0 && dash < w.Length - 1 && Lexicon.TitleHeads.Contains(w[(dash + 1)..]);
    }

    private bool IsDescriptorWord(int k)
    {
        var classes = StemClassOf(k);
        if (classes.HasAny(WordClass.GivenName) && !classes.HasAny(WordClass.Descriptor))
            return false;
        if (classes.HasAny(WordClass.Descriptor | WordClass.Place | WordClass.OrganisationHead))
            return true;
        var w = Stem(_tokens[k].Text);
        return w.Length > 4 && (w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal)
            || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal)) && !classes.HasAny(WordClass.GivenName);
    }

    /// <summary>'m' or 'f' for a given name only one sex commonly bears, else '?'.</summary>
    internal static char GivenNameGender(string word)
    {
        var male = MaleNames.Contains(word);
        var female = FemaleNames.Contains(word);
        return male == female ? '?' : male ? 'm' : 'f';
    }

    private static bool IsGivenName(string word) => GivenNames.Contains(word);

    /// <summary>"R-Ky.", "D-Ore.", "R-Texas": a US party and state label.</summary>
    private static bool IsPartyLabel(string word) =>
        word.Length >= 4 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && Lexicon.StateAbbreviations.ContainsKey(word[2..].TrimEnd('.'));

    private void AddPersonish(int from, int nameFrom, int to)
    {
        var words = new string[to - nameFrom + 1];
        for (var k = nameFrom; k <= to; k++)
            words[k - nameFrom] = StripPossessive(_tokens[k].Text);
        var significant = words;
        while (significant.Length > 1 && significant[^1] is "Jr." or "Sr." or "Jr" or "Sr" or "II" or "III" or "IV")
            significant = significant[..^1];
        var person = 0;
        var organisation = 0;
        var place = 0;
        var gender = '?';
        var descriptors = new List<string>();
        string? role = null;
        for (var k = from; k < nameFrom; k++)
        {
            var w = _tokens[k].Text;
            if (w is "Mr." or "Mr" or "Sir" or "Lord")
                gender = 'm';
            else if (w is "Mrs." or "Ms." or "Mrs" or "Ms" or "Miss" or "Dame" or "Lady")
                gender = 'f';
            if (_doc.Is(k, WordClass.Honorific | WordClass.TitleHead | WordClass.TitleAbbreviation | WordClass.PersonRoleNoun))
                person += 3;
            if (gender == '?' && Lexicon.GenderedRoleNouns.TryGetValue(w, out var titled))
                gender = titled;
            AddDescriptorWords(descriptors, w);
        }

        if (to + 2 < _tokens.Length && _tokens[to + 1].Text is "of" && _tokens[to + 2].Sentence == _tokens[to].Sentence && _doc.Is(to + 2, WordClass.PlaceName))
            AddDescriptorWords(descriptors, _tokens[to + 2].Text); // "Sen. Ted Cruz of Texas": the Texas senator

        var roleFrom = from;
        while (roleFrom < nameFrom && (_doc.IsAuxiliary(roleFrom) || _doc.Is(roleFrom, WordClass.Stop | WordClass.ClauseOpener)))
            roleFrom++; // "Should Mr. Clarke …": the sentence's opening word is no part of the title
        if (roleFrom < nameFrom && HasTitleWord(roleFrom, nameFrom - 1) && !SpeakerRoles.IsCourtesyTitleOnly(_tokens, roleFrom, nameFrom - 1))
            role = _doc.Slice(roleFrom, nameFrom - 1); // "Sen. Ann Roe", "Kremlin spokesman Dmitry Peskov"; "Mr. Roe" says no role
        if (from < nameFrom && CompletesTitle(from))
        {
            // "Secretary of State Hillary Clinton": the run began after "of", so the title began before it
            var titleFrom = from - 2;
            while (titleFrom - 1 >= 0 && _tokens[titleFrom - 1].IsCapitalized && _tokens[titleFrom - 1].Sentence == _tokens[from].Sentence
                && CanLeadAName(titleFrom - 1) && !_doc.Is(titleFrom - 1, WordClass.NotName | WordClass.ClauseOpener | WordClass.GivenName))
                titleFrom--; // "Republican Secretary of State", not "After Deputy Secretary of State"
            role = _doc.Slice(titleFrom, nameFrom - 1);
        }
        var genderFromGivenName = false;
        if (significant.Length >= 2 && GivenNameGender(significant[0]) is var g and not '?')
        {
            person += 3;
            if (gender == '?')
                (gender, genderFromGivenName) = (g, true);
        }
        else if (significant.Length >= 2 && IsGivenName(significant[0]))
        {
            person += 2;
        }

        var prefix = PrefixBefore(from);
        if (prefix is { } found && AfterAnArticle(found.From) && nameFrom == to && NamesPersonFirst(significant[0]) && !_doc.Is(found.From, WordClass.Descriptor | WordClass.Place))
            prefix = null; // "the federal judge Trump was referring to", "the most able candidate Viguerie argues": another noun, before the bare surname of someone named in full
        if (prefix is { } p)
        {
            var head = Singular(_tokens[p.To].Text);
            if (Lexicon.OrganisationTypes.ContainsKey(head) && !Lexicon.PersonRoleNouns.Contains(head))
                organisation += 3;
            else
                person += 3;
            for (var k = p.From; k <= p.To; k++)
                AddDescriptorWords(descriptors, _tokens[k].Text);
            role ??= _doc.Slice(p.From, p.To);
            for (var k = p.From; k <= p.To; k++)
                _prefixOwner[k] = nameFrom;
            var roleNoun = Singular(_tokens[p.To].Text);
            if ((gender == '?' || (genderFromGivenName && IsSexedNoun(roleNoun))) && Lexicon.GenderedRoleNouns.TryGetValue(roleNoun, out var described))
                (gender, genderFromGivenName) = (described, false); // "his wife Ann Roe"; "9/11 widow Terry Strada", whatever "Terry" suggests
            DemotePrefixMentions(p.From);
        }

        var apposition = Apposition(to, descriptors);
        person += apposition.Person;
        if (person == 0 && from >= 2 && _tokens[from - 1].Is(',') && _tokens[from - 2].Sentence == _tokens[from].Sentence && IsWorkerNoun(from - 2))
            person += 2; // "Roe's lawyer, Bo Lin,": a role set before the name in apposition
        if (gender == '?' && apposition.Gender != '?')
            gender = apposition.Gender;
        organisation += apposition.Organisation;
        var before = from - 1;
        if (before >= 0 && _tokens[before].IsWord && _tokens[before].Sentence == _tokens[from].Sentence)
        {
            var b = _tokens[before].Text;
            if (b is "in" or "near" or "across" or "throughout" or "outside" && person == 0 && !NounPhrases.IsPossessive(_tokens[to].Text))
                place++; // not "in Durning's case", "in Roe's view": a possessor there is anyone's
            if (b is "the" or "The" && person == 0 && significant.Length == 1 && !ModifiesNounAfter(to))
                organisation++; // "the Kremlin said", not "the Trump campaign": a name before a noun modifies it
            if (b is "at" or "with" && person == 0 && before >= 1 && IsWorkerNoun(before - 1) && !ModifiesNounAfter(to))
                organisation += 2; // "a researcher at Talos", "an analyst with Acme": where someone works
        }

        if (person == 0 && to + 2 < _tokens.Length && _tokens[to + 1].Is(',') && _tokens[to + 2].Sentence == _tokens[to].Sentence && _doc.Is(to + 2, WordClass.PlaceName)
            && !_doc.Is(from, WordClass.GivenName))
            place += 2; // "Benghazi, Libya", "Nashua, N.H.": a town and its country or state

        var mentionRole = RoleOf(from, to);
        if (mentionRole == MentionRole.SpeechSubject && PronounAfterVerb(to) is { } pronoun)
        {
            if (pronoun is 'm' or 'f')
            {
                person += 3;
                if (gender == '?')
                    gender = pronoun;
            }
            else if (pronoun == 'n' && !(significant.Length == 1 && NamesPersonFirst(significant[0])))
            {
                organisation += 3; // "Acme said it would", but not "Clinton says it means" after "Hillary Clinton"
            }
        }

        if (Lexicon.KnownOrganisations.Contains(significant[^1]) && significant.Length == 1)
            organisation += 3;
        if (organisation > person && !(significant.Length == 1 && organisation < 3 && NamesPersonFirst(significant[0])))
        {
            AddOrganisation(nameFrom, to, organisation, descriptors, mentionRole);
            return;
        }

        var entity = FindPerson(significant, nameFrom, genderFromGivenName ? '?' : gender, genderFromGivenName ? gender : '?',
            significant.Length == 1 && gender == '?' ? PronounGenderAfter(to) : '?') ?? NewPerson(significant, nameFrom);
        if (significant.Length > entity.Words.Length && entity.Kind != EntityKind.Organisation)
        {
            entity.Words = significant;
            entity.Name = string.Join(' ', words);
            if (significant.Length >= 2)
                Register(_byGiven, significant[0], entity);
        }
        else if (words.Length > significant.Length && significant.Length == entity.Words.Length && entity.Kind != EntityKind.Organisation
            && entity.Words.AsSpan().SequenceEqual(significant))
        {
            entity.Name = string.Join(' ', words); // "Brent Bozell III", "Charles Elliott Jr.": the name keeps its generation
        }

        if (significant.Length == 1 && entity.Words.Length > 1 && string.Equals(entity.Words[^1], significant[0], StringComparison.Ordinal))
            entity.BareSurnameMentions++;
        entity.PersonEvidence += person;
        entity.OrganisationEvidence += organisation;
        entity.PlaceEvidence += place;
        if (genderFromGivenName && !string.Equals(entity.Words[0], significant[0], StringComparison.Ordinal))
            gender = '?'; // "Al Hashish" shortening "Fouzia Al Hashish" says nothing of her sex: "Al" is no given name there
        if (entity.Gender == '?' && gender != '?')
            entity.Gender = gender;
        entity.Role ??= role;
        foreach (var d in descriptors)
            AddDescriptor(entity, d);
        AddMention(new NameMention(prefix?.From ?? from, nameFrom, to, entity, mentionRole));
    }

    /// <summary>
    /// True when an article ("the", "a", "an") stands right before token <paramref name="k"/>, or before an adverb of
    /// degree before it ("the <i>most</i> able candidate"): the words from <paramref name="k"/> on are that article's noun
    /// phrase, which a news writer does not run into a bare surname as a title ("the candidate Roe said" is no
    /// "candidate Ann Roe said").
    /// </summary>
    private bool AfterAnArticle(int k)
    {
        var before = k - 1;
        if (before >= 0 && _tokens[before].Text is "most" or "more" or "very" or "least")
            before--;
        return before >= 0 && _tokens[before].Sentence == _tokens[k].Sentence && _tokens[before].Text is "the" or "The" or "a" or "A" or "an" or "An";
    }

    private Entity NewPerson(string[] words, int at)
    {
        var e = new Entity(_entities.Count, at, EntityKind.Unknown) { Words = words, Name = string.Join(' ', words) };
        _entities.Add(e);
        Register(_bySurname, words[^1], e);
        if (words.Length >= 2)
            Register(_byGiven, words[0], e);
        return e;
    }

    /// <summary>The person a name mention refers to: a compatible name sharing the surname (the most salient one when several), else a unique given-name match ("says Michael", "Wang").</summary>
    /// <remarks>
    /// <paramref name="gender"/> is what the mention's own title says ("Mr.", "Mrs.", a gendered role), or '?': a
    /// namesake of the other sex is someone else ("Mr. Roe" is not Ann Roe). <paramref name="givenNameGender"/> is what
    /// its given name suggests, weaker: it only keeps apart a person the article has so far called by the surname alone
    /// with a title of the other sex ("Mr. Obama" then "the first lady, Michelle Obama"), since a word read as a given
    /// name may be part of the surname ("Al Hashish" shortening "Fouzia Al Hashish").
    /// </remarks>
    /// <remarks>
    /// <paramref name="pronounGender"/>, for a bare surname, is the sex of the first he/she/his/her after it in its
    /// clause (<see cref="PronounGenderAfter"/>): where the article gave one namesake that sex and another the other, the
    /// other is not meant ("Clinton is already receiving criticism for her comments" after "her husband, former
    /// President Bill Clinton"); where it did not, the pronoun may be anyone's and says nothing.
    /// </remarks>
    private Entity? FindPerson(string[] words, int at, char gender = '?', char givenNameGender = '?', char pronounGender = '?')
    {
        if (words.Length == 1)
        {
            if (_byAcronym.TryGetValue(words[0], out var acronym))
                return acronym;
            var exact = _byOrganisation.GetValueOrDefault(words[0]);
            if ((exact ?? _byOrganisationFirst.GetValueOrDefault(words[0])) is { } org
                && !(NamesPersonFirst(words[0]) && (exact is null || exact.OrganisationEvidence < 3)))
                return org; // but "Trump" after "Donald Trump" is he, whatever "Trump University" or "the Trump comments" made of the word
        }

        Entity? best = null;
        var bestScore = -1.0;
        if (_bySurname.TryGetValue(words[^1], out var list))
        {
            // a pronoun after a bare surname tells namesakes apart only where the article gave one that sex and another the other
            var pronounTells = pronounGender != '?' && list.Exists(e => e.Gender == pronounGender && Compatible(e.Words, words))
                && list.Exists(e => e.Gender is not '?' && e.Gender != pronounGender && Compatible(e.Words, words));
            foreach (var e in list)
            {
                if (!Compatible(e.Words, words) || (gender != '?' && e.Gender != '?' && e.Gender != gender)
                    || (givenNameGender != '?' && e.Words.Length == 1 && e.Gender != '?' && e.Gender != givenNameGender)
                    || (pronounTells && e.Gender != pronounGender))
                    continue;
                // of namesakes, the one the article already calls by the bare surname is "Roe"; then the most salient
                var score = (words.Length == 1 && e.BareSurnameMentions > 0 ? 1e6 : 0) + Salience(e.NameMentions, at) + (e.NameMentions.Count * 1e-3);
                if (score > bestScore)
                {
                    best = e;
                    bestScore = score;
                }
            }
        }

        if (best is null && words.Length == 1 && _byGiven.TryGetValue(words[0], out var given) && given.Count == 1 && given[0].Words.Length >= 2)
            best = given[0];
        return best;
    }

    /// <summary>
    /// True when <paramref name="surname"/> is the last word of a person's full name the article gave before (with a
    /// given name or a title, so "York Times" is none), and no
    /// organisation that names itself by that word alone ("Google"): a bare "Trump" after "Donald Trump" is weak evidence
    /// of anything but him.
    /// </summary>
    private bool NamesPersonFirst(string surname) =>
        !Lexicon.KnownOrganisations.Contains(surname) && _bySurname.TryGetValue(surname, out var people)
        && people.Exists(e => e.Kind != EntityKind.Organisation && e.Words.Length >= 2 && e.PersonEvidence > 0);

    /// <summary>
    /// True when the lone word at <paramref name="to"/> is the subject of a speech verb and the last word of a two-word
    /// name the article gave before ("quipped Green" after "Damon Green's future"): a descriptor word that is someone's
    /// surname, even where no list knows the given name, speaks as that person, not as a party, a place or a title
    /// ("King said" after "Charlie King").
    /// </summary>
    private bool SpeaksAsSurname(int from, int to) => RoleOf(from, to) == MentionRole.SpeechSubject && IsSurnameOfSomeoneNamedInFull(to);

    /// <summary>True when the word at <paramref name="k"/> is the last word of a two-word or longer name the article gave before, no organisation's and not after a descriptor.</summary>
    private bool IsSurnameOfSomeoneNamedInFull(int k) =>
        _bySurname.TryGetValue(StripPossessive(_tokens[k].Text), out var people)
        && people.Exists(e => e.Kind != EntityKind.Organisation && e.Words.Length >= 2 && !DescriptorWords.Contains(e.Words[0]));

    /// <summary>
    /// True when the title word ending the run <paramref name="from"/>..<paramref name="to"/> is a surname: after a given
    /// name ("Charlie King"), after a courtesy title where someone was named in full with it ("Mr. King"; "Mr. President"
    /// stays a title), or alone as a speech verb's subject not after "the" ("King said").
    /// </summary>
    private bool IsTitleWordAsSurname(int from, int to)
    {
        if (!_doc.Is(to, WordClass.TitleHead) || NounPhrases.IsPossessive(_tokens[to].Text))
            return false;
        if (to == from)
            return !(from > 0 && _tokens[from - 1].Text is "the" or "The") && SpeaksAsSurname(from, to);
        return (_doc.Is(to - 1, WordClass.GivenName) && !_doc.Is(to - 1, WordClass.TitleHead))
            || (SpeakerRoles.IsCourtesyTitle(_tokens[to - 1].Text) && IsSurnameOfSomeoneNamedInFull(to));
    }

    /// <summary>Two names of one person: one a single word, or one's words a subset of the other's ("Jason LeBlanc" and "Ernie LeBlanc" are not).</summary>
    private static bool Compatible(string[] a, string[] b)
    {
        if (a.Length == 1 || b.Length == 1)
            return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        foreach (var w in shorter)
        {
            if (!longer.Contains(w, StringComparer.Ordinal) && !(w.Length == 2 && w[1] == '.' && longer.Any(l => l[0] == w[0])))
                return false;
        }

        return true;
    }

    private void AddOrganisation(int from, int to, int evidence, List<string>? descriptors = null, MentionRole? role = null)
    {
        while (from < to && _tokens[from].Text is "the" or "The")
            from++;
        var words = new string[to - from + 1];
        for (var k = from; k <= to; k++)
            words[k - from] = StripPossessive(_tokens[k].Text);
        var name = string.Join(' ', words);
        string? acronym = null;
        if (to + 3 < _tokens.Length && _tokens[to + 1].Is('(') && _tokens[to + 3].Is(')') && IsAcronym(_tokens[to + 2].Text))
            acronym = _tokens[to + 2].Text;
        Entity? entity = null;
        if (words.Length == 1)
            entity = _byAcronym.GetValueOrDefault(words[0]) ?? _byOrganisationFirst.GetValueOrDefault(words[0]) ?? _byPaperHead.GetValueOrDefault(words[0]);
        entity ??= _byOrganisation.GetValueOrDefault(name) ?? ShortFormOf(words);
        if (entity is null && _bySurname.TryGetValue(words[0], out var single))
            entity = single.Find(e => e.Words.Length == 1 && e.Kind == EntityKind.Unknown && e.PersonEvidence == 0); // "Google" before "Google Inc."
        if (entity is null)
        {
            entity = new Entity(_entities.Count, from, EntityKind.Organisation) { Words = words, Name = name };
            _entities.Add(entity);
        }

        entity.Kind = EntityKind.Organisation;
        if (words.Length > entity.Words.Length && !(words.Length == 1 && IsAcronym(words[0])))
        {
            entity.Words = words;
            entity.Name = name;
        }

        _byOrganisation.TryAdd(name, entity);
        if (words.Length >= 2 && Lexicon.OrganisationTypes["newspaper"].Contains(words[^1], StringComparer.Ordinal))
            _byPaperHead.TryAdd(words[^1], entity); // "the Times" after "The New York Times", the first paper so named
        if (words.Length >= 2 && !IsGenericOrganisationWord(words[0]) && words.Skip(1).All(IsLegalSuffix))
            _byOrganisationFirst.TryAdd(words[0], entity); // "Acme" for "Acme Inc.", not "Facebook" for "Facebook Research"
        if (acronym is not null)
        {
            entity.Acronym ??= acronym;
            _byAcronym.TryAdd(acronym, entity);
            _entityAt[to + 2] = entity;
        }

        if (Initials(words) is { } initials)
            _byAcronym.TryAdd(initials, entity);
        entity.OrganisationEvidence += evidence;
        var prefix = PrefixBefore(from);
        if (prefix is { } p)
        {
            for (var k = p.From; k <= p.To; k++)
                AddDescriptor(entity, _tokens[k].Text.ToLowerInvariant());
            DemotePrefixMentions(p.From);
        }

        if (descriptors is not null)
        {
            foreach (var d in descriptors)
                AddDescriptor(entity, d);
        }
        else
        {
            var found = new List<string>();
            Apposition(to, found);
            foreach (var d in found)
                AddDescriptor(entity, d);
        }

        AddMention(new NameMention(prefix?.From ?? from, from, to, entity, role ?? RoleOf(from, to)));
    }

    /// <summary>An organisation whose name ends with these words ("State Department" in "the U.S. State Department").</summary>
    private Entity? ShortFormOf(string[] words)
    {
        if (words.Length < 2)
            return null;
        foreach (var e in _entities)
        {
            if (e.Kind != EntityKind.Organisation || e.Words.Length <= words.Length)
                continue;
            var offset = e.Words.Length - words.Length;
            var suffix = true;
            for (var i = 0; i < words.Length && suffix; i++)
                suffix = string.Equals(e.Words[offset + i], words[i], StringComparison.Ordinal);
            if (suffix)
                return e;
        }

        return null;
    }

    private static bool IsLegalSuffix(string w) =>
        w is "Inc" or "Inc." or "Corp" or "Corp." or "Corporation" or "Co." or "Company" or "Ltd" or "Ltd." or "Limited" or "LLC" or "LLP" or "Group" or "Holdings" or "PLC" or "plc" or "AG" or "SA";

    private static bool IsGenericOrganisationWord(string w) =>
        DescriptorWords.Contains(w)
        || w is "National" or "Royal" or "Federal" or "Provincial" or "Canadian" or "American" or "British" or "Global" or "General" or "Public" or "First";

    /// <summary>The initials of an organisation's capitalised words ("Royal Canadian Mounted Police" → RCMP), or null for fewer than two.</summary>
    private static string? Initials(string[] words)
    {
        var chars = new char[words.Length];
        var n = 0;
        foreach (var w in words)
        {
            if (w.Length > 0 && char.IsUpper(w[0]))
                chars[n++] = w[0];
        }

        return n >= 2 ? new string(chars, 0, n) : null;
    }

    private void AddSimple(int from, int to, EntityKind kind)
    {
        var words = new string[to - from + 1];
        for (var k = from; k <= to; k++)
            words[k - from] = StripPossessive(_tokens[k].Text);
        var name = string.Join(' ', words);
        if (!_byOtherName.TryGetValue(name, out var entity))
        {
            entity = new Entity(_entities.Count, from, kind) { Words = words, Name = name };
            _entities.Add(entity);
            _byOtherName[name] = entity;
        }

        AddMention(new NameMention(from, from, to, entity, RoleOf(from, to)));
    }

    private void AddMention(NameMention mention)
    {
        for (var k = mention.NameFrom; k <= mention.To; k++)
            _entityAt[k] = mention.Entity;
        _mentions.Add(mention);
        mention.Entity.NameMentions.Add(new SalientMention(mention.NameFrom, SentenceOrdinal(mention.NameFrom), Weight(mention.Role)));
        if (mention.Role == MentionRole.SpeechSubject)
            mention.Entity.SpeechSubjects++;
        if (mention.Role is MentionRole.SpeechSubject or MentionRole.Subject)
            mention.Entity.SubjectMentions++;
    }

    /// <summary>Earlier name mentions inside a later name's prefix ("<i>Veterans Affairs</i> official Sandra Williamson") describe it: they are not subjects.</summary>
    private void DemotePrefixMentions(int prefixFrom)
    {
        for (var i = _mentions.Count - 1; i >= 0 && _mentions[i].To >= prefixFrom; i--)
        {
            var m = _mentions[i];
            if (m.Role is MentionRole.Oblique)
                continue;
            _mentions[i] = m with { Role = MentionRole.Oblique };
            var list = m.Entity.NameMentions;
            if (list.Count > 0 && list[^1].Token == m.NameFrom)
                list[^1] = list[^1] with { Weight = Weight(MentionRole.Oblique) };
            if (m.Role == MentionRole.SpeechSubject)
                m.Entity.SpeechSubjects--;
            if (m.Role is MentionRole.SpeechSubject or MentionRole.Subject)
                m.Entity.SubjectMentions--;
        }
    }

    /// <summary>Lower-case role words right before a name, with capitalised words before them ("Halifax cartoonist", "security firm", "Veterans Affairs official").</summary>
    private (int From, int To)? PrefixBefore(int from)
    {
        var k = from - 1;
        var start = from;
        var sawRole = false;
        while (k >= 0 && from - k <= MaxPrefixTokens)
        {
            var tok = _tokens[k];
            if (!tok.IsWord || tok.Quote >= 0 || tok.Sentence != _tokens[from].Sentence || NounPhrases.IsPossessive(tok.Text))
                break;
            var w = tok.Text;
            if (_doc.Is(k, WordClass.Determiner | WordClass.Stop | WordClass.Preposition | WordClass.SpeechVerb) || _doc.IsAuxiliary(k))
                break;
            if (char.IsUpper(w[0]))
            {
                if (!sawRole || _doc.Is(k, WordClass.NotName))
                    break;
            }
            else if (!sawRole)
            {
                if (!IsRoleNoun(w))
                    break;
                sawRole = true;
            }
            else if (!char.IsLetterOrDigit(w[0]))
            {
                break;
            }
            else if (k > 0 && _entityAt[k - 1] is not null && (w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.IrregularPastTenses.Contains(w)))
            {
                break; // "Obama castigated Republican presidential candidate Donald Trump": a named subject's verb ends the role
            }
            else if (w is "out" or "up" or "off" or "down" or "over"
                || (_tokens[k + 1].IsCapitalized && !_doc.Is(k, WordClass.GenericModifier | WordClass.Descriptor)
                    && ((k > 0 && _tokens[k - 1].Text is "to") || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))))
            {
                break; // "singled out Carson campaign manager …", "to defeat Democratic front-runner …", "rejected Republican candidate …": a verb's, not the role's
            }

            start = k;
            k--;
        }

        return sawRole ? (start, from - 1) : null;
    }

    private static bool IsRoleNoun(string w)
    {
        var s = Singular(w);
        return Lexicon.PersonRoleNouns.Contains(s) || Lexicon.TitleHeads.Contains(s) || Lexicon.OrganisationTypes.ContainsKey(s)
            || (s.Length > 5 && (s.EndsWith("ist", StringComparison.Ordinal) || s.EndsWith("ian", StringComparison.Ordinal)
                || s.EndsWith("ant", StringComparison.Ordinal) || s.EndsWith("eur", StringComparison.Ordinal)) && !Lexicon.IsStop(s));
    }

    private bool HasTitleWord(int from, int to)
    {
        for (var t = from; t <= to; t++)
        {
            if (_doc.Is(t, WordClass.TitleHead | WordClass.Honorific | WordClass.RoleWord | WordClass.PersonRoleNoun))
                return true;
        }

        return false;
    }

    /// <summary>What the words after a name say of it: an age, "who"/"which", a party label, or a role apposition whose words become descriptors.</summary>
    private (int Person, int Organisation, char Gender) Apposition(int to, List<string> descriptors)
    {
        var k = to + 1;
        if (k + 2 < _tokens.Length && _tokens[k].Is('(') && IsPartyLabel(_tokens[k + 1].Text))
        {
            AddPartyLabel(descriptors, _tokens[k + 1].Text);
            return (3, 0, '?');
        }

        if (k + 1 >= _tokens.Length || !_tokens[k].Is(',') || _tokens[k + 1].Quote >= 0)
            return (0, 0, '?');
        k++;
        var first = _tokens[k];
        if (IsPartyLabel(first.Text))
        {
            AddPartyLabel(descriptors, first.Text);
            return (3, 0, '?');
        }

        if (first.IsWord && char.IsDigit(first.Text[0]) && first.Text.Length <= 3 && k + 1 < _tokens.Length && _tokens[k + 1].Is(','))
            return (3, 0, '?'); // "Ann Roe, 34, said"
        if (first.Text is "who" or "whose")
            return (2, 0, '?'); // "Dorothy Woods, whose husband, …": the role after "whose" is someone else's
        if (first.Text is "which")
            return (0, 2, '?');
        if (first.IsWord && _doc.Is(k, WordClass.Determiner))
            k++;
        else if (first.IsWord && first.Text.Length > 4 && first.Text.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(first.Text[0]) && !_doc.Is(k, WordClass.RoleWord))
            return (0, 0, '?'); // "opposition to Trump, underscoring party divisions": a participle's clause, no apposition
        var head = -1;
        var end = Math.Min(_tokens.Length, k + MaxAppositionTokens);
        var words = new List<string>();
        for (; k < end; k++)
        {
            var tok = _tokens[k];
            if (!tok.IsWord || tok.Quote >= 0 || tok.Text is "who" or "which" || _doc.Is(k, WordClass.SpeechVerb) || (head >= 0 && IsVerbForm(k)))
                break;
            if (words.Count > 0 && _doc.Is(k, WordClass.Determiner))
                return (0, 0, '?'); // "Bo Lin, met the council": a verb and its object, a clause rather than an apposition
            if (_doc.Is(k, WordClass.Preposition) || tok.Text is "and")
            {
                // "the mayor of Surrey": the place or organisation after "of" describes too
                for (var j = k + 1; j < end && j <= k + 4 && _tokens[j].IsCapitalized && _tokens[j].Quote < 0; j++)
                    words.Add(StripPossessive(_tokens[j].Text));
                break;
            }

            words.Add(tok.Text);
            if (IsRoleNoun(tok.Text) || _doc.Is(k, WordClass.RoleWord))
                head = words.Count - 1;
        }

        if (head < 0 || (k < end && _tokens[k].IsWord && _tokens[k].Quote < 0 && (_doc.Is(k, WordClass.SpeechVerb) || IsVerbForm(k))))
            return (0, 0, '?'); // "defending Lewandowski, Trump's campaign said", "According to Ham, the administration has": the next clause's subject
        var h = Singular(words[head]);
        foreach (var w in words)
            AddDescriptorWords(descriptors, w);
        if (Lexicon.OrganisationTypes.ContainsKey(h) && !Lexicon.PersonRoleNouns.Contains(h))
            return (0, 3, '?');
        return (3, 0, Lexicon.GenderedRoleNouns.TryGetValue(h, out var g) ? g : '?');
    }

    private static void AddPartyLabel(List<string> descriptors, string label)
    {
        descriptors.Add(label[0] switch { 'R' => "Republican", 'D' => "Democrat", _ => "Independent" });
        if (label[0] == 'D')
            descriptors.Add("Democratic");
        if (Lexicon.StateAbbreviations.TryGetValue(label[2..].TrimEnd('.'), out var state))
        {
            foreach (var w in state.Split(' '))
                descriptors.Add(w);
        }
    }

    private static void AddDescriptorWords(List<string> descriptors, string word)
    {
        var w = StripPossessive(word);
        if (w.Length == 0 || !char.IsLetter(w[0]))
            return;
        descriptors.Add(w);
        if (Lexicon.TitleAbbreviations.TryGetValue(w, out var full))
            descriptors.Add(full);
        var singular = Singular(w.ToLowerInvariant());
        if (!string.Equals(singular, w, StringComparison.OrdinalIgnoreCase))
            descriptors.Add(singular);
    }

    private void AddDescriptor(Entity e, string word)
    {
        if (e.Descriptors.Add(word))
            Register(_byDescriptor, word, e);
    }

    private static void Register(Dictionary<string, List<Entity>> index, string key, Entity e)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (!list.Contains(e))
            list.Add(e);
    }

    /// <summary>
    /// The sex of the first he, she, his, her, him or hers after token <paramref name="to"/> in its sentence, or '?'
    /// when another capitalised word, a quote or a clause's end (a semicolon, a colon) comes first: within those bounds
    /// the pronoun takes up the name before it ("Clinton allowed her staff", not "Clinton praised Trump for his").
    /// </summary>
    private char PronounGenderAfter(int to)
    {
        for (var k = to + 1; k < _tokens.Length && k <= to + 12 && _tokens[k].Sentence == _tokens[to].Sentence; k++)
        {
            ref readonly var tok = ref _tokens[k];
            if (tok.Quote >= 0 || tok.Kind is TokenKind.OpenMark || tok.Is(';') || tok.Is(':') || (tok.IsWord && char.IsUpper(tok.Text[0])))
                return '?';
            switch (tok.Text)
            {
                case "he" or "his" or "him" or "himself":
                    return 'm';
                case "she" or "her" or "hers" or "herself":
                    return 'f';
            }
        }

        return '?';
    }

    /// <summary>The gender of "he"/"she" (or 'n' for "it") right after the speech verb that follows a name ("Roe said <i>she</i> …").</summary>
    private char? PronounAfterVerb(int to)
    {
        var v = SkipAux(to + 1);
        if (v >= _tokens.Length || !_doc.Is(v, WordClass.SpeechVerb) || v + 1 >= _tokens.Length)
            return null;
        return _tokens[v + 1].Text switch
        {
            "he" => 'm',
            "she" => 'f',
            "it" when !IsExpletiveIt(v + 1) => 'n',
            _ => null,
        };
    }

    /// <summary>
    /// "it is helpful to", "it was clear that", "it's time to": an "it" that stands for what follows, not for the
    /// speaker, so "Roe says it is helpful to …" is no evidence that Roe is an organisation (unlike "Acme said it would").
    /// </summary>
    private bool IsExpletiveIt(int it)
    {
        if (it + 2 >= _tokens.Length || _tokens[it + 1].Text is not ("is" or "was" or "\u2019s" or "'s" or "isn't" or "wasn't" or "would" or "will"))
            return false;
        var k = it + 2;
        if (_tokens[it + 1].Text is "would" or "will")
        {
            if (_tokens[k].Text is not "be")
                return false;
            k++;
        }

        var words = 0;
        for (var end = k + 5; k < _tokens.Length && k <= end && words <= 3; k++)
        {
            if (_tokens[k].Kind is TokenKind.OpenMark or TokenKind.CloseMark)
                continue; // "said it was “absolutely clear” that": the complement may be quoted
            if (!_tokens[k].IsWord)
                return false;
            if (_tokens[k].Text is "to" or "that")
                return k > it + 2;
            if (!char.IsLower(_tokens[k].Text[0]))
                return false;
            words++;
        }

        return false;
    }

    private int SkipAux(int t)
    {
        while (t < _tokens.Length && _tokens[t].IsWord && _tokens[t].Quote < 0 && _doc.IsAuxiliary(t))
            t++;
        return t;
    }

    /// <summary>The grammatical role of the phrase <paramref name="from"/>..<paramref name="to"/>, from the words around it.</summary>
    private MentionRole RoleOf(int from, int to)
    {
        if (NounPhrases.IsPossessive(_tokens[to].Text) || (from == to && _tokens[to].Text is "his" or "His" or "its" or "Its" or "their" or "Their"))
            return MentionRole.Possessive;
        if (from == to && _tokens[to].Text is "her" or "Her" or "him" or "them" or "hers")
        {
            // an object or possessive form is never the subject: "her" before a noun is "her long fight"
            var after = to + 1 < _tokens.Length ? _tokens[to + 1] : default;
            return _tokens[to].Text is "her" or "Her" && after.IsWord && after.Quote < 0 && char.IsLower(after.Text[0])
                && !_doc.Is(to + 1, WordClass.Preposition | WordClass.Determiner | WordClass.Stop)
                ? MentionRole.Possessive : MentionRole.Object;
        }

        var sentence = _tokens[from].Sentence;
        var prev = from - 1;
        var prevTok = prev >= 0 ? _tokens[prev] : default;
        var prevInSentence = prev >= 0 && prevTok.Sentence == sentence;
        if (prevInSentence && prevTok.IsWord && _doc.Is(prev, WordClass.Preposition | WordClass.ContrastWord))
            return MentionRole.Oblique;
        var next = to + 1;
        if (next < _tokens.Length && _tokens[next].Is('('))
        {
            while (next < _tokens.Length && next < to + 10 && !_tokens[next].Is(')'))
                next++;
            next++;
        }

        var verb = SkipAux(next);
        if (verb < _tokens.Length && _tokens[verb].IsWord && _tokens[verb].Quote < 0 && _doc.Is(verb, WordClass.SpeechVerb))
            return MentionRole.SpeechSubject;
        if (prevInSentence && prevTok.IsWord && _doc.Is(prev, WordClass.SpeechVerb) && prev >= 1 && (_tokens[prev - 1].Kind == TokenKind.CloseMark || _tokens[prev - 1].Is(',')))
            return MentionRole.SpeechSubject; // "“…,” said Roe"
        if (next < _tokens.Length && _tokens[next].Is(','))
        {
            for (var k = next + 1; k < _tokens.Length && k <= next + 2 * MaxAppositionTokens && _tokens[k].Sentence == sentence; k++)
            {
                if (_tokens[k].Quote >= 0)
                    break;
                if (!_tokens[k].Is(','))
                    continue;
                var after = SkipAux(k + 1);
                if (after < _tokens.Length && _tokens[after].IsWord && _tokens[after].Quote < 0)
                {
                    if (_doc.Is(after, WordClass.SpeechVerb))
                        return MentionRole.SpeechSubject;
                    if (IsVerbLike(after))
                        return MentionRole.Subject;
                }

                break;
            }
        }

        var opens = !prevInSentence || prevTok.Kind is TokenKind.CloseMark or TokenKind.OpenMark || (prevTok.IsWord && _doc.Is(prev, WordClass.NotName) && prev == FirstWordOfSentence(prev));
        if (opens || (verb < _tokens.Length && IsVerbLike(verb)))
            return MentionRole.Subject;
        return MentionRole.Object;
    }

    private int FirstWordOfSentence(int t)
    {
        var s = _tokens[t].Sentence;
        var k = t;
        while (k > 0 && k > t - 4 && _tokens[k - 1].Sentence == s)
            k--;
        return k;
    }

    private bool IsVerbLike(int k)
    {
        var tok = _tokens[k];
        if (!tok.IsWord || tok.Quote >= 0 || !char.IsLower(tok.Text[0]))
            return false;
        var w = tok.Text;
        if (_doc.Is(k, WordClass.Determiner | WordClass.Preposition | WordClass.Pronoun) || w is "and" or "or" or "but" or "who" or "which" or "that" or "you" or "me" or "him" or "them" or "us")
            return false;
        return !_doc.Is(k, WordClass.Stop) || w is "is" or "was" or "has" or "had" or "will" or "would" or "can" or "could" or "are" or "were" or "have";
    }

    private void CollectGroups()
    {
        for (var i = 0; i + 1 < _mentions.Count; i++)
        {
            var a = _mentions[i];
            var b = _mentions[i + 1];
            // people named together ("Ann Roe and Bo Lin"), or organisations ("Acme Corp. and Volt Labs announced"), never a mix
            var people = IsPersonLike(a.Entity) && IsPersonLike(b.Entity);
            var organisations = a.Entity.Kind == EntityKind.Organisation && b.Entity.Kind == EntityKind.Organisation;
            if (b.From != a.To + 2 || _tokens[a.To + 1].Text is not ("and" or "&") || !(people || organisations) || a.Entity == b.Entity)
                continue;
            var members = new List<Entity> { a.Entity, b.Entity };
            var first = a;
            for (var j = i - 1; j >= 0; j--)
            {
                var c = _mentions[j];
                if (c.To + 2 != first.From || !_tokens[c.To + 1].Is(',') || !(people ? IsPersonLike(c.Entity) : c.Entity.Kind == EntityKind.Organisation))
                    break;
                members.Insert(0, c.Entity);
                first = c;
            }

            var names = members.Select(m => m.Name).ToList();
            var name = names.Count == 2 ? $"{names[0]} and {names[1]}" : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
            if (!_byOtherName.TryGetValue(name, out var group))
            {
                group = new Entity(_entities.Count, first.From, EntityKind.Group) { Name = name, Words = [.. name.Split(' ')], Members = members };
                _entities.Add(group);
                _byOtherName[name] = group;
            }

            _groupMentions.Add(new NameMention(first.From, first.NameFrom, b.To, group, RoleOf(first.From, b.To)));
        }
    }

    /// <summary>A lower-case noun for someone by their work ("researcher", "analyst", "professor", "spokeswoman").</summary>
    private bool IsWorkerNoun(int k)
    {
        var w = _tokens[k].Text;
        return _tokens[k].IsWord && char.IsLower(w[0]) && _tokens[k].Sentence == _tokens[k + 1].Sentence
            && (_doc.Is(k, WordClass.PersonRoleNoun | WordClass.RoleWord) || Lexicon.AnaphoricPersonNouns.Contains(Singular(w)));
    }

    private static bool IsPersonLike(Entity e) => e.Kind is EntityKind.Person or EntityKind.Unknown && e.OrganisationEvidence <= e.PersonEvidence;

    private void DecideKinds()
    {
        foreach (var e in _entities)
        {
            if (e.Kind != EntityKind.Unknown)
                continue;
            if (e.PlaceEvidence > e.PersonEvidence && e.PlaceEvidence >= e.OrganisationEvidence)
                e.Kind = EntityKind.Place;
            else if (e.OrganisationEvidence > e.PersonEvidence)
                e.Kind = EntityKind.Organisation;
            else if (e.PersonEvidence > 0)
                e.Kind = EntityKind.Person;
            else if (e.PlaceEvidence > 0 || (e.Words.Length == 1 && Lexicon.PlaceNames.Contains(e.Words[0])))
                e.Kind = EntityKind.Place;
            else if (e.Words.Length >= 2 && e.SubjectMentions > 0 && !e.Words.Any(w => Lexicon.PlaceNames.Contains(w) || Lexicon.PlaceWords.Contains(w) || Lexicon.Descriptors.Contains(w) || Lexicon.Determiners.Contains(w) || Lexicon.NotNames.Contains(w)))
            {
                // two or more name words acting in the narrative, with nothing against a person: a person, held less surely
                e.Kind = EntityKind.Person;
                e.WeakPerson = true;
            }
        }
    }

    /// <summary>One list holding the words of <paramref name="lists"/>, each of which must be matched exactly, as the merged one is.</summary>
    private static FrozenSet<string> Merged(params FrozenSet<string>[] lists)
    {
        if (Array.Exists(lists, list => list.Comparer != StringComparer.Ordinal))
            throw new InvalidOperationException("Only lists matched exactly merge into one matched exactly.");
        return lists.SelectMany(list => list).ToFrozenSet(StringComparer.Ordinal);
    }

    private static string StripPossessive(string word) =>
        NounPhrases.IsPossessive(word) ? word[..^2] : word.EndsWith('\'') && word.Length > 2 ? word[..^1] : word;

    /// <summary>The word as <see cref="StripPossessive"/> cuts it, without a copy.</summary>
    private static ReadOnlySpan<char> Stem(string word) =>
        NounPhrases.IsPossessive(word) ? word.AsSpan(0, word.Length - 2) : word.EndsWith('\'') && word.Length > 2 ? word.AsSpan(0, word.Length - 1) : word;

    /// <summary>
    /// The word lists that hold token <paramref name="k"/>'s text without its possessive ending (<see cref="StripPossessive"/>):
    /// the token's own classes, looked up once per token, unless it has such an ending (a few words in a hundred).
    /// </summary>
    private WordClass StemClassOf(int k)
    {
        var text = _tokens[k].Text;
        var stem = StripPossessive(text);
        return ReferenceEquals(stem, text) ? _doc.ClassOf(k) : WordClasses.Of(stem);
    }

    /// <summary>True when token <paramref name="k"/>'s text without its possessive ending is in any of the lists <paramref name="wanted"/>.</summary>
    private bool StemIs(int k, WordClass wanted) => (StemClassOf(k) & wanted) != 0;

}

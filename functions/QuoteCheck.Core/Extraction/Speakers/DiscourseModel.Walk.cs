namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>Second pass of the model: salience in text order, resolving pronouns and definite descriptions outside quotes as they come.</summary>
internal sealed partial class DiscourseModel
{
    /// <summary>Penalty for a pronoun's referent whose gender the article has not shown: agreement seen beats agreement assumed.</summary>
    private const double UnknownGenderFactor = 0.7;

    /// <summary>
    /// The same penalty for a referent last mentioned two or more sentences back: there the agreement seen decides, so a
    /// person whose gender agrees wins with a tenth of the salience ("a spokesperson said" two sentences before "he said"
    /// does not outweigh the mayor the article calls "he"). Measured on ggt-dev: 0.35 → 0.1 moves 2 of 445 canonical
    /// speakers to right, none to wrong; flat below 0.1.
    /// </summary>
    private const double DistantUnknownGenderFactor = 0.1;

    /// <summary>Penalty for a referent held to be a person only for want of evidence against it.</summary>
    private const double WeakPersonFactor = 0.5;

    /// <summary>The longest word the walk acts on ("themselves").</summary>
    private const int MaxWalkWord = 10;

    /// <summary>How far back from a reporting verb its subject is looked for: a name and an apposition ("Ann Roe, a lawyer at Acme in Halifax,").</summary>
    private const int MaxReportingSubjectDistance = 16;

    /// <summary>How far back from a subject a relative word is looked for.</summary>
    private const int MaxClauseReach = 40;

    private void Walk()
    {
        var nameIndex = 0;
        var groupIndex = 0;
        Span<char> lower = stackalloc char[MaxWalkWord];
        for (var t = 0; t < _tokens.Length; t++)
        {
            while (nameIndex < _mentions.Count && _mentions[nameIndex].NameFrom <= t)
                Mention(_mentions[nameIndex++]);
            while (groupIndex < _groupMentions.Count && _groupMentions[groupIndex].NameFrom <= t)
                Mention(_groupMentions[groupIndex++]);
            ref readonly var tok = ref _tokens[t];
            if (!tok.IsWord || tok.Quote >= 0 || _entityAt[t] is not null || _excluded[tok.Paragraph])
                continue;
            if (PossessorOf(t) is { } owner)
            {
                Possessed(t, owner);
                continue;
            }

            if (!MayBeWalkWord(tok.Text))
                continue; // none of the words below, told from the first letter and length before any copy
            scoped ReadOnlySpan<char> w = tok.Text;
            if (w.ContainsAnyExceptInRange('a', 'z'))
            {
                // a capital, an apostrophe or any other character: the walk reads the lower-case stem ("He's" → he);
                // a word of lower-case letters alone is its own
                var word = NounPhrases.ContractionStem(tok.Text);
                if (word.Length > MaxWalkWord)
                    continue;
                w = lower[..word.ToLowerInvariant(lower)];
            }

            switch (w)
            {
                case "he" or "him" or "his" or "himself":
                    Pronoun(t, 'm', w is "he");
                    break;
                case "she" or "her" or "hers" or "herself":
                    Pronoun(t, 'f', w is "she");
                    break;
                case "they" or "them" or "their" or "themselves":
                    Plural(t);
                    break;
                case "it" or "its":
                    Neuter(t);
                    break;
                case "the":
                    Description(t);
                    break;
                case "a" or "an" or "another" or "one":
                    Introduction(t);
                    break;
                case "both":
                    Both(t);
                    break;
            }
        }
    }

    /// <summary>
    /// The person or organisation named right before the lower-case organisation type noun at <paramref name="t"/> as its
    /// possessor ("Clinton’s <i>campaign</i>", "Acme's <i>board</i>"), or null; not when the noun only modifies a role after
    /// it ("Clinton’s campaign manager").
    /// </summary>
    private Entity? PossessorOf(int t)
    {
        if (t == 0 || !char.IsLower(_tokens[t].Text[0]) || _tokens[t - 1].Sentence != _tokens[t].Sentence)
            return null;
        var possessor = _tokens[t - 1].Text;
        var owner = NounPhrases.IsPossessive(possessor) || IsNameModifyingAfterThe(t - 1) ? _entityAt[t - 1]
            : possessor is "his" or "His" or "her" or "Her" or "its" or "Its" or "their" or "Their" && _referents.TryGetValue(t - 1, out var r) ? r.Entity : null;
        if (owner is not { Kind: EntityKind.Person or EntityKind.Organisation or EntityKind.Group } || !_doc.Is(t, WordClass.OrganisationType))
            return null;
        var next = t + 1;
        return next < _tokens.Length && _tokens[next].IsWord && _doc.Is(next, WordClass.PersonRoleNoun | WordClass.RoleWord | WordClass.TitleHead | WordClass.OrganisationType)
            ? null
            : owner;
    }

    /// <summary>
    /// True when the person's name ending at <paramref name="k"/> stands between "the" and the noun after it as its
    /// modifier ("the <i>Clinton</i> campaign", "the <i>Bernie Sanders</i> campaign"): it names the owner as a possessive does.
    /// </summary>
    private bool IsNameModifyingAfterThe(int k)
    {
        if (_entityAt[k] is not { Kind: EntityKind.Person } person || !_tokens[k].IsCapitalized)
            return false;
        var first = k;
        while (first - 1 >= 0 && _entityAt[first - 1] == person && _tokens[first - 1].Sentence == _tokens[k].Sentence)
            first--;
        return first > 0 && _tokens[first - 1].Text is "the" or "The" && _tokens[first - 1].Sentence == _tokens[k].Sentence;
    }

    /// <summary>
    /// An organisation the article names by its owner ("Clinton’s campaign"): one entity per owner and type, which "it",
    /// "they" and "the campaign" can take up as any organisation in view; shown as the owner's name and the type.
    /// </summary>
    private void Possessed(int t, Entity owner)
    {
        var type = Singular(_tokens[t].Text);
        var possessive = NounPhrases.IsPossessive(_tokens[t - 1].Text);
        var named = possessive || _tokens[t - 1].IsCapitalized; // "Clinton’s campaign", "the Clinton campaign"; not "his campaign"
        if (!_possessed.TryGetValue((owner.Id, type), out var e))
        {
            var suffix = possessive ? _tokens[t - 1].Text[^2..] : _doc.Text.Contains('\u2019') ? "\u2019s" : "'s";
            e = new Entity(_entities.Count, t, EntityKind.Organisation)
            {
                Name = $"{owner.Name}{suffix} {type}",
                Words = [type],
                Unnamed = true,
            };
            _entities.Add(e);
            AddDescriptor(e, type);
            _possessed[(owner.Id, type)] = e;
        }

        _referents[t] = new Referent(e, named ? OwnerNamed : OwnerInferred, true);
        e.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t - 1, t))));
        Touch(e);
    }

    /// <summary>How an organisation named by its owner was resolved, when the owner is named ("Clinton’s campaign").</summary>
    internal const string OwnerNamed = "the organisation of the owner named before it";

    /// <summary>How an organisation named by its owner was resolved, when the owner is a pronoun ("his campaign").</summary>
    internal const string OwnerInferred = "the organisation of the owner the pronoun before it stands for";

    /// <summary>
    /// False for a word whose stem cannot be one the walk acts on: it starts with another letter (the stem starts where
    /// the word does), or is too long even without a contraction of up to three characters ("themselves's").
    /// </summary>
    private static bool MayBeWalkWord(string text) =>
        text.Length <= MaxWalkWord + 3 && char.ToLowerInvariant(text[0]) is 'h' or 's' or 't' or 'i' or 'a' or 'o' or 'b';

    private void Mention(NameMention m)
    {
        m.Entity.Mentions.Add(new SalientMention(m.NameFrom, SentenceOrdinal(m.NameFrom), Weight(m.Role)));
        Touch(m.Entity);
    }

    private void Touch(Entity e)
    {
        var i = _active.LastIndexOf(e);
        if (i >= 0)
            _active.RemoveAt(i);
        else if (_active.Count >= MaxActiveEntities)
            _active.RemoveAt(0);
        _active.Add(e);
    }

    /// <summary>he/she: the most salient person whose gender fits; a person of unknown gender learns it from a subject pronoun.</summary>
    private void Pronoun(int t, char gender, bool subject)
    {
        if (subject && ReportingSubject(t, gender) is { } reporter)
        {
            // "Roe said she would run": the subject of a reporting verb binds the subject pronoun of its complement.
            _referents[t] = new Referent(reporter, "the subject of the reporting verb before it", reporter.Gender == gender);
            if (reporter.Gender == '?')
                reporter.Gender = gender;
            reporter.WeakPerson = false; // a personal pronoun bound to the name is the evidence that it names a person
            reporter.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t, t))));
            Touch(reporter);
            return;
        }

        if (subject && SubjectInFocus(t, gender) is var (focus, how))
        {
            _referents[t] = new Referent(focus, how, focus.Gender == gender);
            focus.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t, t))));
            Touch(focus);
            return;
        }

        Entity? best = null;
        var bestScore = 0.0;
        foreach (var e in _active)
        {
            if (e.Kind != EntityKind.Person || (e.Gender != '?' && e.Gender != gender))
                continue;
            var unknown = e.Gender == gender ? 1 : SentenceOrdinal(t) - SentenceOrdinal(LastMentionBefore(e, t)) <= 1 ? UnknownGenderFactor : DistantUnknownGenderFactor;
            var score = SalienceAt(e, t) * unknown * (e.WeakPerson ? WeakPersonFactor : 1);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        if (best is null && subject && UnknownSubjectInFocus(t) is { } untyped)
        {
            // "Lin disagreed. “…,” he said": no person fits, but the sentence before is about a name nothing typed; the
            // pronoun is the evidence that it names a person
            untyped.Kind = EntityKind.Person;
            untyped.WeakPerson = true;
            untyped.Gender = gender;
            best = untyped;
        }

        if (best is null)
            return;
        var agreed = best.Gender == gender;
        _referents[t] = new Referent(best, agreed ? "most salient person of that gender" : "most salient person, gender not yet shown", agreed);
        if (!agreed && subject && SentenceOrdinal(t) - SentenceOrdinal(LastMentionBefore(best, t)) <= 1)
            best.Gender = gender;
        best.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t, t))));
        Touch(best);
    }

    /// <summary>
    /// A subject pronoun continuing what was set up before it (centering: an utterance goes on about the previous one's
    /// subject): the person who is the main subject of the pronoun's own sentence, or, when that sentence names nobody
    /// before the pronoun, of the previous narrative sentence; where the main subject is not a person, the one person the
    /// sentence names. Their gender must fit. "Ann Roe, who leads the union, is hopeful Lin might change Bo's mind.
    /// “…,” she said" is Roe, "The program worked for Ann Roe, 50. “…,” she says" is Roe, and "In her new work, Roe says
    /// it is a “scaffold,” she says" is Roe, however often Bo came before. A subject after "that" or "who" is inside a
    /// clause and does not count. Reads a bounded number of each entity's latest mentions.
    /// </summary>
    private (Entity Entity, string How)? SubjectInFocus(int t, char gender)
    {
        var now = SentenceOrdinal(t);
        var own = SentenceSubject(t, now, out var named);
        if (named)
            return Fitting(own, gender) is { } subject ? (subject, "the subject of its sentence") : null;
        return Fitting(SentenceSubject(t, now - 1, out _), gender) is { } previous ? (previous, "the person the sentence before is about") : null;
    }

    /// <summary>
    /// The one-word name nothing has typed (no person, organisation or place evidence, no calendar or common word) that
    /// is the first subject of the pronoun's sentence before it or, when that names none, of the narrative sentence
    /// before; null otherwise. Reads a bounded number of each active entity's latest mentions.
    /// </summary>
    private Entity? UnknownSubjectInFocus(int t)
    {
        var now = SentenceOrdinal(t);
        return UnknownSubjectOf(t, now) ?? UnknownSubjectOf(t, now - 1);
    }

    private Entity? UnknownSubjectOf(int t, int sentence)
    {
        var (first, firstToken, _, _) = ScanSentence(t, sentence);
        return first is { Kind: EntityKind.Unknown, Words.Length: 1, PersonEvidence: 0, OrganisationEvidence: 0, PlaceEvidence: 0 }
            && !AfterRelativeWord(firstToken) && !Lexicon.CalendarWords.Contains(first.Words[0]) && !Lexicon.NotNames.Contains(first.Words[0])
            && !Lexicon.PlaceNames.Contains(first.Words[0]) && !Lexicon.Descriptors.Contains(first.Words[0])
            ? first
            : null;
    }

    /// <summary>
    /// The candidate when their gender fits; one held to be a person only for want of evidence against it, or someone
    /// introduced without a name whose gender is unknown ("to name a replacement candidate"), must be the subject, not just named.
    /// </summary>
    private static Entity? Fitting((Entity Entity, bool Subject)? candidate, char gender) =>
        candidate is var (e, subject) && (subject || !(e.WeakPerson || (e.Unnamed && e.Gender == '?'))) && (e.Gender == gender || e.Gender == '?') ? e : null;

    /// <summary>
    /// The main subject of narrative sentence <paramref name="sentence"/> (its first subject, unless after "that" or
    /// "who") when a person, else the one person the sentence names, counting mentions before <paramref name="t"/>;
    /// <paramref name="namesPerson"/> says whether it names any person.
    /// </summary>
    private (Entity Entity, bool Subject)? SentenceSubject(int t, int sentence, out bool namesPerson)
    {
        var (first, firstToken, onlyPerson, persons) = ScanSentence(t, sentence);
        namesPerson = persons > 0;
        return first is not null && first.Kind == EntityKind.Person && !AfterRelativeWord(firstToken) ? (first, true)
            : persons == 1 ? (onlyPerson!, false) : null;
    }

    /// <summary>
    /// The mentions of narrative sentence <paramref name="sentence"/> before token <paramref name="t"/>, read from each
    /// active entity's latest: the entity of the first subject mention (of any kind) and its token, and how many people
    /// the sentence names (with the last of them). A name after a contrast word ("Unlike Haddad, he …") is not counted.
    /// </summary>
    private (Entity? First, int FirstToken, Entity? OnlyPerson, int Persons) ScanSentence(int t, int sentence)
    {
        Entity? first = null;
        var firstToken = int.MaxValue;
        Entity? onlyPerson = null;
        var persons = 0;
        foreach (var e in _active)
        {
            var mentioned = false;
            for (var i = e.Mentions.Count - 1; i >= 0 && i >= e.Mentions.Count - MaxMentionsRead; i--)
            {
                var m = e.Mentions[i];
                if (m.Token >= t || m.Sentence > sentence)
                    continue;
                if (m.Sentence < sentence)
                    break;
                if (m.Token > 0 && _doc.Is(m.Token - 1, WordClass.ContrastWord))
                    continue; // "Unlike Haddad, he …": the person set against the subject is not who the sentence is about
                mentioned = true;
                if (m.Weight >= Weight(MentionRole.Subject) && m.Token < firstToken)
                    (first, firstToken) = (e, m.Token);
            }

            if (mentioned && e.Kind == EntityKind.Person)
                (persons, onlyPerson) = (persons + 1, e);
        }

        return (first, firstToken, onlyPerson, persons);
    }

    /// <summary>True when a relative or complement word ("that", "who", "which") comes before token <paramref name="t"/> in its sentence: a subject of a clause inside it.</summary>
    private bool AfterRelativeWord(int t)
    {
        var sentence = _tokens[t].Sentence;
        for (var k = t - 1; k >= 0 && k >= t - MaxClauseReach && _tokens[k].Sentence == sentence; k--)
        {
            if (_tokens[k].IsWord && _tokens[k].Text is "that" or "who" or "which" or "whom" or "whose")
                return true;
        }

        return false;
    }

    /// <summary>
    /// For a subject pronoun right after a reporting verb ("Roe said she", "Roe, a lawyer at Acme, says that he"): the person
    /// named as that verb's subject earlier in the same sentence, outside quotes, if their gender fits.
    /// </summary>
    private Entity? ReportingSubject(int t, char gender)
    {
        var sentence = _tokens[t].Sentence;
        var verb = t - 1;
        if (verb >= 0 && _tokens[verb].Text is "that")
            verb--;
        if (verb < 1 || _tokens[verb].Sentence != sentence || !_tokens[verb].IsWord || _tokens[verb].Quote >= 0 || !_doc.Is(verb, WordClass.SpeechVerb))
            return null;
        for (var k = verb - 1; k >= 0 && k >= verb - MaxReportingSubjectDistance; k--)
        {
            ref readonly var tok = ref _tokens[k];
            if (tok.Sentence != sentence || tok.Quote >= 0 || tok.Kind == TokenKind.CloseMark)
                return null; // a quote before the verb: "“…,” he said she" is no pattern to bind
            var e = _entityAt[k] ?? (_referents.TryGetValue(k, out var r) ? r.Entity : null);
            if (e is null || e.Kind != EntityKind.Person)
                continue;
            var from = k;
            while (from > 0 && _entityAt[from - 1] == e)
                from--;
            if (from > 0 && _tokens[from - 1].IsWord && _doc.Is(from - 1, WordClass.Preposition))
            {
                k = from;
                continue; // "a clerk at Harbour Freight": the object of a preposition is not the verb's subject
            }

            return e.Gender == gender || e.Gender == '?' ? e : null;
        }

        return null;
    }

    /// <summary>they/their: the most salient group of people named together, or organisation.</summary>
    private void Plural(int t)
    {
        if (MostSalient(t, EntityKind.Group, 1.0, EntityKind.Organisation, 0.6) is not { } best)
            return;
        _referents[t] = new Referent(best, best.Kind == EntityKind.Group ? "most salient group" : "most salient organisation", true);
        best.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t, t))));
        Touch(best);
    }

    /// <summary>it/its: the most salient organisation (or, less readily, a country, state or province the lexicon knows, speaking as its government); "it" adds no salience, being often expletive.</summary>
    private void Neuter(int t)
    {
        if (MostSalient(t, EntityKind.Organisation, 1.0, EntityKind.Place, 0.4) is { } best)
            _referents[t] = new Referent(best, best.Kind == EntityKind.Organisation ? "most salient organisation" : "most salient place", true);
    }

    /// <summary>The active entity of kind <paramref name="first"/> or <paramref name="second"/> with the highest salience at <paramref name="t"/>, each kind's salience weighted; entities of other kinds never count.</summary>
    private Entity? MostSalient(int t, EntityKind first, double firstFactor, EntityKind second, double secondFactor)
    {
        Entity? best = null;
        var bestScore = 0.0;
        foreach (var e in _active)
        {
            var factor = e.Kind == first ? firstFactor : e.Kind == second ? secondFactor : 0;
            if (factor == 0 || (e.Kind == EntityKind.Place && !e.Words.All(Lexicon.PlaceNames.Contains)))
                continue; // never more salient than no one; a place known only from "in Benghazi" is no government that speaks
            var score = SalienceAt(e, t) * factor;
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>"the mayor", "the company", "the Kentucky Republican": the most salient entity introduced with that role or type.</summary>
    private void Description(int t)
    {
        if (CountedGroup(t) is { } counted)
        {
            _referents[t] = new Referent(counted, $"the most salient group of {counted.Members!.Count} named together", true);
            counted.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t, t + 1))));
            Touch(counted);
            return;
        }

        if (ParseDescription(t) is not { } d)
            return;
        if (NamedByCopula(t, d.HeadToken) is { } named)
        {
            // "The council leader is Dana Ruiz": the description names who follows it, and is theirs from now on
            _referents[t] = new Referent(named, $"named right after '{d.Head} is'", true);
            AddDescriptor(named, Singular(d.Head));
            named.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t, d.HeadToken))));
            Touch(named);
            return;
        }

        if (Described(t, d.Head, d.Modifiers) is not { } found)
            return;
        var e = found.Entity;
        var how = found.ByRole ? $"introduced as '{d.Head}'" : $"most salient {KindName(e.Kind)}";
        _referents[t] = new Referent(e, how, found.ByRole);
        e.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t, d.HeadToken))));
        Touch(e);
    }

    /// <summary>
    /// "the two", "the pair", "the couple", "the trio" (or "the two men") standing for people named together before: the
    /// most salient group with that many members, or null when no such group is in view (and "the couple" may then be
    /// one person's role, as any description).
    /// </summary>
    private Entity? CountedGroup(int t)
    {
        if (t + 1 >= _tokens.Length || !_tokens[t + 1].IsWord || _tokens[t + 1].Quote >= 0 || Lexicon.PeopleCounted(_tokens[t + 1].Text) is not (> 0 and var count))
            return null;
        return GroupOf(count, t + 1);
    }

    /// <summary>"Both said", "“…,” both wrote": "both" standing alone for two people named together, as "the two" does.</summary>
    private void Both(int t)
    {
        if (GroupOf(2, t) is not { } pair)
            return;
        _referents[t] = new Referent(pair, "the most salient group of 2 named together", true);
        pair.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t, t))));
        Touch(pair);
    }

    /// <summary>
    /// The most salient group of <paramref name="count"/> people when the count word at <paramref name="countToken"/>
    /// stands for them: no word follows it but a plural for people, a verb or a function word ("the two men said", not
    /// "the two parties"); else null.
    /// </summary>
    private Entity? GroupOf(int count, int countToken)
    {
        var next = countToken + 1;
        if (next < _tokens.Length && _tokens[next].IsWord && _tokens[next].Sentence == _tokens[countToken].Sentence && _tokens[next].Quote < 0)
        {
            var w = _tokens[next].Text;
            var personNoun = w is "men" or "women" || (!string.Equals(Singular(w), w, StringComparison.OrdinalIgnoreCase) && Lexicon.PersonRoleNouns.Contains(Singular(w)));
            if (!personNoun && !Lexicon.IsAuxiliary(w) && !Lexicon.IsSpeechVerb(w) && !Lexicon.IsStop(w))
                return null; // "the two parties": the count modifies a noun for something else
        }

        Entity? best = null;
        var bestScore = 0.0;
        foreach (var e in _active)
        {
            if (e.Kind != EntityKind.Group || e.Members?.Count != count)
                continue;
            var score = SalienceAt(e, countToken);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The person or organisation a description starting at <paramref name="t"/> is equated with by "is" or "was" right
    /// after its head (<c>The council leader is Dana Ruiz</c>), when that whole name ends the predicate (not "is Dana
    /// Ruiz's sister").
    /// </summary>
    private Entity? NamedByCopula(int t, int head)
    {
        var cop = head + 1;
        if (cop + 1 >= _tokens.Length || _tokens[cop].Text is not ("is" or "was") || _tokens[cop + 1].Sentence != _tokens[t].Sentence
            || _entityAt[cop + 1] is not { Kind: EntityKind.Person or EntityKind.Organisation } named)
            return null;
        var end = cop + 1;
        while (end + 1 < _tokens.Length && ReferenceEquals(_entityAt[end + 1], named))
            end++;
        return NounPhrases.IsPossessive(_tokens[end].Text) ? null : named;
    }

    /// <summary>"a justice official", "a spokesperson for the company": someone the article introduces without a name, whom "the official" or "she" can take up.</summary>
    private void Introduction(int t)
    {
        if (ParseDescription(t) is not { } d || !string.Equals(Singular(d.Head), d.Head, StringComparison.OrdinalIgnoreCase))
            return;
        var prev = t - 1;
        if (prev >= 0 && _tokens[prev].Sentence == _tokens[t].Sentence
            && (_tokens[prev].Is(',') || _tokens[prev].Is('(') || _tokens[prev].Text is "is" or "was" or "as" or "be" or "became" or "becomes" or "being" or "been" or "am" or "are" or "were" or "of" or "like"))
            return; // an apposition or a predicate describes someone already in view
        var head = d.Head;
        var kind = Lexicon.PersonRoleNouns.Contains(head) || Lexicon.TitleHeads.Contains(head) ? EntityKind.Person
            : Lexicon.OrganisationTypes.ContainsKey(head) ? EntityKind.Organisation : EntityKind.Unknown;
        if (kind == EntityKind.Unknown)
            return;
        var e = new Entity(_entities.Count, t, kind)
        {
            Name = _doc.Slice(t, d.HeadToken),
            Words = [.. d.Modifiers, head],
            Gender = Lexicon.GenderedRoleNouns.GetValueOrDefault(head, '?'),
            Unnamed = true,
        };
        _entities.Add(e);
        foreach (var w in e.Words)
            AddDescriptor(e, w);
        _referents[t] = new Referent(e, "introduced here without a name", true);
        e.Mentions.Add(new SalientMention(t, SentenceOrdinal(t), Weight(RoleOf(t, d.HeadToken))));
        Touch(e);
    }

    private static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Organisation => "organisation",
        EntityKind.Person => "person",
        _ => "entity",
    };

    /// <summary>A definite description starting at the determiner <paramref name="t"/>: its head role or type noun and the words before it.</summary>
    internal (string Head, int HeadToken, List<string> Modifiers)? ParseDescription(int t)
    {
        var head = -1;
        var sentence = _tokens[t].Sentence;
        for (var k = t + 1; k < _tokens.Length && k <= t + 5; k++)
        {
            ref readonly var tok = ref _tokens[k];
            if (k == t + 2 && head < 0 && NounPhrases.IsCommaBetweenModifiers(_tokens, k))
                continue; // "the lanky, bespectacled professor"
            if (!tok.IsWord || tok.Quote >= 0 || tok.Sentence != sentence)
                break;
            var classes = StemClassOf(k);
            var w = Stem(tok.Text);
            if (classes.HasAny(WordClass.Stop | WordClass.Determiner | WordClass.Auxiliary) || (classes.HasAny(WordClass.SpeechVerb) && k > t + 1)
                || Lexicon.IsLyAdverb(w)) // Lexicon.IsAuxiliary's -ly adverbs, not "the elderly woman"
                break;
            if (IsDescriptionHead(classes, w) && (head < 0 || head == k - 1))
            {
                head = k;
            }
            else if (head >= 0)
            {
                if (char.IsLower(tok.Text[0]) && head == k - 1 && char.IsUpper(_tokens[head].Text[0]) && StemClassOf(head).HasAny(WordClass.PartyWord)
                    && HeadAfterModifiers(k, t + 5, sentence) is { } noun)
                {
                    head = noun; // "the Republican presidential nominee", "the Democrat convention committee": the party word modifies the head
                    k = noun;
                    continue;
                }

                if (!char.IsUpper(tok.Text[0]) || HeadAfterCapitals(k, t + 5, sentence) is not { } later)
                    break;
                head = later; // "the New Jersey governor", "the independent Vermont senator": a modifier, a place, then the head
                k = later;
            }
            if (NounPhrases.IsPossessive(tok.Text))
                break;
        }

        if (head < 0)
            return null;
        if (IsCompoundAfter(head))
            return null; // "the campaign trail", "the company car": the type noun only modifies the noun after it
        var next = head + 1 < _tokens.Length ? _tokens[head + 1] : default;
        if (next.IsWord && next.Quote < 0 && char.IsUpper(next.Text[0]) && next.Sentence == sentence && !NounPhrases.IsPossessive(_tokens[head].Text))
            return null; // "the mayor John Tory": a title, the name resolves it
        var headWord = StripPossessive(_tokens[head].Text);
        if (!string.Equals(Singular(headWord), headWord, StringComparison.OrdinalIgnoreCase) && !Lexicon.OrganisationTypes.ContainsKey(headWord))
            return null; // plural: "the owners" are not one of them
        var modifiers = new List<string>(head - t - 1);
        for (var k = t + 1; k < head; k++)
        {
            if (_tokens[k].IsWord)
                modifiers.Add(StripPossessive(_tokens[k].Text));
        }

        return (headWord, head, modifiers);
    }

    /// <summary>
    /// True when a noun that only a type noun modifies follows the head <paramref name="head"/> ("the campaign
    /// <i>trail</i>", "the company <i>website</i>"): <see cref="Lexicon.CompoundTails"/>, which no verb shares.
    /// </summary>
    private bool IsCompoundAfter(int head)
    {
        var k = head + 1;
        return k < _tokens.Length && !NounPhrases.IsPossessive(_tokens[head].Text) && _tokens[k].IsWord && _tokens[k].Quote < 0
            && _tokens[k].Sentence == _tokens[head].Sentence && Lexicon.CompoundTails.Contains(_tokens[k].Text);
    }

    /// <summary>
    /// The lower-case role or type noun after the lower-case modifiers from <paramref name="k"/> ("presidential
    /// <i>nominee</i>", "convention <i>committee</i>"), within <paramref name="limit"/>; else null (a verb, a function
    /// word or the sentence's end comes first: "the Republican said").
    /// </summary>
    private int? HeadAfterModifiers(int k, int limit, int sentence)
    {
        for (; k <= limit && k < _tokens.Length; k++)
        {
            ref readonly var tok = ref _tokens[k];
            if (!tok.IsWord || tok.Quote >= 0 || tok.Sentence != sentence || !char.IsLower(tok.Text[0]) || NounPhrases.IsPossessive(tok.Text))
                return null;
            var classes = StemClassOf(k);
            if (IsDescriptionHead(classes, Stem(tok.Text)))
                return k;
            if (classes.HasAny(WordClass.Stop | WordClass.Determiner | WordClass.Auxiliary | WordClass.SpeechVerb | WordClass.Preposition)
                || Lexicon.IsStanceVerb(tok.Text) || Lexicon.IsPastTenseForm(tok.Text) || Lexicon.IsLyAdverb(tok.Text))
                return null;
        }

        return null;
    }

    /// <summary>The lower-case role or type noun right after the capitalised words from <paramref name="k"/> ("Jersey <i>governor</i>"), within <paramref name="limit"/>; else null.</summary>
    private int? HeadAfterCapitals(int k, int limit, int sentence)
    {
        while (k <= limit && k < _tokens.Length && _tokens[k].IsWord && _tokens[k].Quote < 0 && _tokens[k].Sentence == sentence
            && char.IsUpper(_tokens[k].Text[0]) && !NounPhrases.IsPossessive(_tokens[k].Text))
            k++;
        return k <= limit && k < _tokens.Length && _tokens[k].IsWord && _tokens[k].Quote < 0 && _tokens[k].Sentence == sentence
            && char.IsLower(_tokens[k].Text[0]) && IsDescriptionHead(StemClassOf(k), Stem(_tokens[k].Text)) ? k : null;
    }

    /// <summary>
    /// A role or type noun (its lists <paramref name="classes"/>) that can head a description; a lower-case generic modifier does only when it also names a
    /// person ("the veteran said"), so "the new diet" is no "New Democrat".
    /// </summary>
    private static bool IsDescriptionHead(WordClass classes, ReadOnlySpan<char> w) =>
        (classes.HasAny(WordClass.PersonRoleNoun | WordClass.OrganisationType | WordClass.TitleHead)
            && !(char.IsLower(w[0]) && classes.HasAny(WordClass.GenericModifier) && !classes.HasAny(WordClass.AnaphoricPersonNoun)))
        || IsAgeWord(w);

    /// <summary>An age standing for the person ("the <i>52-year-old</i> said"): digits, then "-year-old".</summary>
    internal static bool IsAgeWord(ReadOnlySpan<char> w)
    {
        const string suffix = "-year-old";
        if (w.Length <= suffix.Length || !w.EndsWith(suffix, StringComparison.Ordinal))
            return false;
        foreach (var c in w[..^suffix.Length])
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }

        return true;
    }
}

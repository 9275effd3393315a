namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>
/// The article's entities, computed once and shared by the speaker sieves: every name outside quotes typed as a person,
/// organisation, place or other; names clustered into entities by compatibility ("Peskov" joins "Dmitry Peskov",
/// "Jason LeBlanc" stays apart from "Ernie LeBlanc", "DFO" joins "the Department of Fisheries and Oceans (DFO)");
/// roles and types from titles and appositions; and a salience walk that resolves every he/she/they/it and definite
/// description outside quotes to the most salient compatible entity, in text order.
/// </summary>
/// <remarks>
/// Salience follows Lappin and Leass (1994): each mention adds a weight for its grammatical role (subject of a speech
/// verb, subject, object, possessor, object of a preposition), halved for every narrative sentence since. Every pass is
/// linear in the tokens: each salience query reads a bounded number of an entity's latest mentions among a bounded
/// list of recently mentioned entities.
/// </remarks>
internal sealed partial class DiscourseModel
{
    private const int MaxActiveEntities = 40;
    private const int MaxMentionsRead = 8;
    private const int MaxPrefixTokens = 5;
    private const int MaxAppositionTokens = 10;

    /// <summary>How many narrative sentences after its last mention a person introduced only by a description ("an engineering professor") still takes up "the professor".</summary>
    private const int UnnamedOutOfView = 8;

    /// <summary>How many name mentions back <see cref="OrganisationInView"/> looks.</summary>
    private const int MaxIssuerCandidates = 24;

    /// <summary>How much of the most salient person's salience an office holder whose place or party the article left unsaid needs to be "the Florida senator".</summary>
    private const double HolderSalienceShare = 0.5;

    private static readonly double[] Decay = [.. Enumerable.Range(0, 64).Select(i => Math.Pow(0.5, i))];

    private readonly ArticleDocument _doc;
    private readonly Token[] _tokens;
    private readonly int[] _sentenceOrdinal;
    private readonly Entity?[] _entityAt;
    private readonly bool[] _excluded;
    private readonly List<Entity> _entities = [];
    private readonly List<NameMention> _mentions = [];
    private readonly Dictionary<int, Referent> _referents = [];
    private readonly Dictionary<string, List<Entity>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entity>> _byGiven = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _byOrganisation = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entity> _byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entity>> _byDescriptor = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Entity> _active = [];
    private readonly Dictionary<(int Owner, string Type), Entity> _possessed = [];

    private DiscourseModel(ArticleDocument doc)
    {
        _doc = doc;
        _tokens = doc.Tokens;
        _entityAt = new Entity?[_tokens.Length];
        _excluded = [.. doc.Paragraphs.Select(p => p.Excluded)];
        _sentenceOrdinal = NarrativeSentenceOrdinals(_tokens);
    }

    /// <summary>A name mention: the title or descriptor words before the name (<c>From</c> to <c>NameFrom - 1</c>), the name, and its entity.</summary>
    internal readonly record struct NameMention(int From, int NameFrom, int To, Entity Entity, MentionRole Role);

    /// <summary>What a pronoun or description outside quotes was resolved to, and how.</summary>
    internal readonly record struct Referent(Entity Entity, string How, bool GenderAgreed);

    /// <summary>Every entity, in order of first mention.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>Every name mention, in text order.</summary>
    public IReadOnlyList<NameMention> Mentions => _mentions;

    /// <summary>Builds the model in time linear in the tokens.</summary>
    public static DiscourseModel Build(ArticleDocument doc)
    {
        var model = new DiscourseModel(doc);
        model.CollectNames();
        model.CollectGroups();
        model.DecideKinds();
        model.Walk();
        return model;
    }

    /// <summary>The entity whose name covers token <paramref name="t"/>, if any.</summary>
    public Entity? EntityAt(int t) => t >= 0 && t < _entityAt.Length ? _entityAt[t] : null;

    /// <summary>What the pronoun or the description starting at token <paramref name="t"/> was resolved to in the walk.</summary>
    public Referent? ReferentAt(int t) => _referents.TryGetValue(t, out var r) ? r : null;

    /// <summary>The entity the acronym stands for, if the article spelled it out or it is an organisation's initials.</summary>
    public Entity? ByAcronym(string acronym) => _byAcronym.GetValueOrDefault(acronym);

    /// <summary>How salient <paramref name="entity"/> is just before token <paramref name="t"/>.</summary>
    public double SalienceAt(Entity entity, int t) => Salience(entity.Mentions, t);

    /// <summary>
    /// The organisation most in view at token <paramref name="t"/> among those named in its sentence or the one before
    /// ("The aid group Gatsby said … A statement said"): who issued a statement the text does not credit. Reads at most
    /// <see cref="MaxIssuerCandidates"/> name mentions back, so each call is bounded.
    /// </summary>
    public Entity? OrganisationInView(int t)
    {
        var now = SentenceOrdinal(t);
        var hi = _mentions.Count;
        var lo = 0;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].NameFrom < t)
                lo = mid + 1;
            else
                hi = mid;
        }

        Entity? best = null;
        var bestScore = 0.0;
        for (var k = lo - 1; k >= 0 && k >= lo - MaxIssuerCandidates; k--)
        {
            var m = _mentions[k];
            if (now - SentenceOrdinal(m.NameFrom) > 1)
                break;
            if (m.Entity.Kind != EntityKind.Organisation)
                continue;
            var score = SalienceAt(m.Entity, t);
            if (score > bestScore)
            {
                best = m.Entity;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The narrative-sentence ordinal of token <paramref name="t"/> (sentences made only of quoted words do not count).</summary>
    public int SentenceOrdinal(int t) => _sentenceOrdinal[_tokens[t].Sentence];

    /// <summary>The most salient entity at token <paramref name="t"/> that a description with head <paramref name="head"/> and <paramref name="modifiers"/> fits.</summary>
    public (Entity Entity, bool ByRole)? Described(int t, string head, List<string> modifiers)
    {
        var singular = Singular(head);
        if (Lexicon.OrganisationTypes.ContainsKey(singular) && !Lexicon.PersonRoleNouns.Contains(singular))
            return DescribedOrganisation(t, singular, modifiers);
        Entity? best = null;
        var bestScore = -1.0;
        foreach (var e in _byDescriptor.GetValueOrDefault(singular) ?? [])
        {
            if (e.FirstToken >= t || !Fits(e, modifiers))
                continue;
            if (e.Unnamed && SentenceOrdinal(t) - SentenceOrdinal(LastMentionBefore(e, t)) > UnnamedOutOfView)
                continue; // "an engineering professor" at the top, long out of view, is more likely the person in view now
            var score = SalienceAt(e, t) + (LastMentionBefore(e, t) / (double)_tokens.Length * 1e-3);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        if (best is not null)
            return (best, true);
        Entity? holder = null; // "the Florida senator" after only "Sen. Marco Rubio": a senator whose state the article never gave
        var holderScore = -1.0;
        foreach (var e in IsOffice(singular) ? _byDescriptor.GetValueOrDefault(singular) ?? [] : [])
        {
            if (e.FirstToken >= t || e.Unnamed || !FitsWhereUnknown(e, modifiers))
                continue;
            var score = SalienceAt(e, t);
            if (score > holderScore)
            {
                holder = e;
                holderScore = score;
            }
        }

        var anaphoric = Lexicon.AnaphoricPersonNouns.Contains(singular) || IsAgeWord(singular);
        if (!anaphoric && !Lexicon.PersonRoleNouns.Contains(singular) && !Lexicon.TitleHeads.Contains(singular))
            return null;
        if (modifiers.Count == 0 && Lexicon.KinshipNouns.Contains(singular))
            return null; // a bare "the father" nobody was introduced as is someone's father, not the person most in view

        // "the 23-year-old mother", "the veteran goalie": whoever of that gender is most in view; "the mayor", "the senator"
        // where nobody was introduced so: whoever is in view and was introduced with no other office
        var gender = Lexicon.GenderedRoleNouns.GetValueOrDefault(singular, '?');
        foreach (var e in _active)
        {
            if (e.Kind != EntityKind.Person || (gender != '?' && e.Gender != '?' && e.Gender != gender))
                continue;
            if (!anaphoric && IsOffice(singular) && e.Descriptors.Any(IsOffice))
                continue; // "the treasurer" is not the person introduced as mayor
            var score = SalienceAt(e, t) * (gender != '?' && e.Gender != gender ? 0.7 : 1);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        // the office holder, unless someone never introduced with an office is far more in view ("the Vermont senator"
        // when only another senator was introduced as one, long before)
        if (holder is not null && (best is null || holderScore >= bestScore * HolderSalienceShare))
            return (holder, true);
        return best is null ? null : (best, false);
    }

    /// <summary>
    /// An office or profession a person holds ("mayor", "treasurer", "professor"), not an allegiance or a plain
    /// description; seeking one is none ("mayoral candidate" may be "the mayor" once elected).
    /// </summary>
    private static bool IsOffice(string word) =>
        (Lexicon.TitleHeads.Contains(word) || Lexicon.PersonRoleNouns.Contains(word)) && !Lexicon.AnaphoricPersonNouns.Contains(word) && !Lexicon.PartyWords.Contains(word)
        && word is not ("candidate" or "nominee" or "hopeful" or "challenger" or "contender");

    private (Entity Entity, bool ByRole)? DescribedOrganisation(int t, string type, List<string> modifiers)
    {
        var words = Lexicon.OrganisationTypes[type];
        Entity? best = null;
        var bestScore = -1.0;
        var bestByRole = false;
        foreach (var e in _active)
        {
            if (e.Kind != EntityKind.Organisation || e.FirstToken >= t || !Fits(e, modifiers))
                continue;
            if (e.Unnamed && (!e.Descriptors.Contains(type) || SentenceOrdinal(t) - SentenceOrdinal(LastMentionBefore(e, t)) > UnnamedOutOfView))
                continue; // "a campaign", "his campaign": only "the campaign", and only while in view
            var typed = e.Descriptors.Contains(type) || e.Words.Any(w => words.Contains(w, StringComparer.Ordinal));
            if (!typed && (!Lexicon.GenericOrganisationTypes.Contains(type) || HasOtherType(e, words)))
                continue; // "the company" is not the Department of Justice; "the commission" must be one the article named
            var score = SalienceAt(e, t) * (typed ? 1 : 0.5);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
                bestByRole = typed;
            }
        }

        if (best is null && _byDescriptor.TryGetValue(type, out var described))
        {
            foreach (var e in described)
            {
                if (e.Kind == EntityKind.Organisation && e.FirstToken < t && Fits(e, modifiers) && (best is null || LastMentionBefore(e, t) > LastMentionBefore(best, t)))
                {
                    best = e;
                    bestByRole = true;
                }
            }
        }

        return best is null ? null : (best, bestByRole);
    }

    /// <summary>True when the organisation's name shows it is of another type than the description's.</summary>
    private static bool HasOtherType(Entity e, string[] wanted)
    {
        foreach (var w in e.Words)
        {
            if (Lexicon.OrganisationHeads.Contains(w) && !wanted.Contains(w, StringComparer.Ordinal) && w is not ("Canada" or "International" or "Group"))
                return true;
        }

        return false;
    }

    /// <summary>True when every capitalised or role-bearing modifier of a description ("the <i>Kentucky</i> Republican", "the <i>prime</i> minister") is among the entity's descriptors.</summary>
    private static bool Fits(Entity e, List<string> modifiers)
    {
        foreach (var m in modifiers)
        {
            if (SaysNothingOfWho(m))
                continue;
            if ((char.IsUpper(m[0]) || Lexicon.IsRoleWord(m) || Lexicon.PersonRoleNouns.Contains(m)) && !e.Descriptors.Contains(m)
                && !e.Words.Contains(m, StringComparer.OrdinalIgnoreCase))
                return false;
        }

        return true;
    }

    /// <summary>
    /// True when the description's modifiers the entity lacks are a place or a party the article gave it none of ("the
    /// <i>Florida</i> senator" for "Sen. Marco Rubio"); never a place or party other than its own ("Sen. Ted Cruz of Texas").
    /// </summary>
    private static bool FitsWhereUnknown(Entity e, List<string> modifiers)
    {
        foreach (var m in modifiers)
        {
            if (SaysNothingOfWho(m) || e.Descriptors.Contains(m) || e.Words.Contains(m, StringComparer.OrdinalIgnoreCase))
                continue;
            var place = Lexicon.PlaceNames.Contains(m);
            var party = Lexicon.PartyWords.Contains(m);
            if (!place && !party && (char.IsUpper(m[0]) || Lexicon.IsRoleWord(m) || Lexicon.PersonRoleNouns.Contains(m)))
                return false;
            if ((place && e.Descriptors.Any(Lexicon.PlaceNames.Contains)) || (party && e.Descriptors.Any(Lexicon.PartyWords.Contains)))
                return false;
        }

        return true;
    }

    /// <summary>A description's modifier that tells no one apart: a generic word, a number, an age ("the veteran", "the 34-year-old").</summary>
    private static bool SaysNothingOfWho(string m) =>
        m.Length == 0 || Lexicon.GenericModifiers.Contains(m) || char.IsDigit(m[0]) || m.Contains("-year-old", StringComparison.Ordinal);

    private static int LastMentionBefore(Entity e, int t)
    {
        for (var i = e.Mentions.Count - 1; i >= 0; i--)
        {
            if (e.Mentions[i].Token < t)
                return e.Mentions[i].Token;
        }

        return e.FirstToken;
    }

    private double Salience(List<SalientMention> mentions, int t)
    {
        if (mentions.Count == 0 || t >= _tokens.Length)
            return 0;
        var now = SentenceOrdinal(t);
        var sum = 0.0;
        var read = 0;
        var sentence = -1;
        var best = 0.0;
        for (var i = mentions.Count - 1; i >= 0 && read < MaxMentionsRead; i--)
        {
            var m = mentions[i];
            if (m.Token >= t)
                continue;
            read++;
            var age = now - m.Sentence;
            if (age >= Decay.Length)
                break;
            if (m.Sentence != sentence)
            {
                sum += best; // an entity counts once per sentence, by its most prominent mention there (Lappin and Leass)
                best = 0;
                sentence = m.Sentence;
            }

            best = Math.Max(best, m.Weight * Decay[Math.Max(0, age)]);
        }

        return sum + best;
    }

    private static double Weight(MentionRole role) => role switch
    {
        MentionRole.SpeechSubject => 400,
        MentionRole.Subject => 300,
        MentionRole.Object => 200,
        MentionRole.Possessive => 150,
        _ => 120,
    };

    private static int[] NarrativeSentenceOrdinals(Token[] tokens)
    {
        var count = tokens.Length == 0 ? 0 : tokens[^1].Sentence + 1;
        var narrative = new bool[count];
        foreach (var tok in tokens)
        {
            if (tok.IsWord && tok.Quote < 0)
                narrative[tok.Sentence] = true;
        }

        var ordinals = new int[count];
        var ordinal = 0;
        for (var s = 0; s < count; s++)
        {
            if (narrative[s])
                ordinal++;
            ordinals[s] = ordinal;
        }

        return ordinals;
    }

    /// <summary>The singular of a plural role or type noun ("companies" → company, "officials" → official).</summary>
    internal static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
            return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && (Lexicon.PersonRoleNouns.Contains(word[..^1]) || Lexicon.OrganisationTypes.ContainsKey(word[..^1])))
            return word[..^1];
        return word;
    }
}

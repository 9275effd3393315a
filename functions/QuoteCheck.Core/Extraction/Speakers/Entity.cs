namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>What an entity of the article is; only people take "he" and "she".</summary>
internal enum EntityKind
{
    Unknown,
    Person,
    Organisation,
    Place,
    Other,
    Group,
}

/// <summary>How a mention stands in its clause, which sets how salient it makes its entity.</summary>
internal enum MentionRole
{
    SpeechSubject,
    Subject,
    Object,
    Possessive,
    Oblique,
}

/// <summary>One mention of an entity as the salience model counts it: where, in which narrative sentence, and how much.</summary>
internal readonly record struct SalientMention(int Token, int Sentence, double Weight);

/// <summary>A person, organisation, place or group the article mentions, with everything the sieves need to recognise it again.</summary>
internal sealed class Entity(int id, int firstToken, EntityKind kind)
{
    public int Id { get; } = id;

    public int FirstToken { get; } = firstToken;

    public EntityKind Kind { get; set; } = kind;

    /// <summary>The canonical name: a person's fullest name without titles or descriptors, an organisation's spelled-out name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The words of <see cref="Name"/> (for people: given names, then surname).</summary>
    public string[] Words { get; set; } = [];

    /// <summary>'m', 'f' or '?' when the article has not shown it.</summary>
    public char Gender { get; set; } = '?';

    /// <summary>The role or title the article first gives ("Kremlin spokesman"), for display.</summary>
    public string? Role { get; set; }

    /// <summary>Lower-case words the article describes the entity with (titles, appositions, party and state), for descriptions such as "the Kentucky Republican".</summary>
    public HashSet<string> Descriptors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The short form the article defined ("the Department of Fisheries and Oceans (DFO)" → DFO).</summary>
    public string? Acronym { get; set; }

    /// <summary>For a group ("Ann Roe and Bo Lin"), its members.</summary>
    public IReadOnlyList<Entity>? Members { get; init; }

    /// <summary>Name mentions in text order (first pass), for choosing between people who share a surname.</summary>
    public List<SalientMention> NameMentions { get; } = [];

    /// <summary>All mentions in text order (names, resolved pronouns and descriptions), for salience.</summary>
    public List<SalientMention> Mentions { get; } = [];

    public int PersonEvidence { get; set; }

    public int OrganisationEvidence { get; set; }

    public int PlaceEvidence { get; set; }

    public int OtherEvidence { get; set; }

    public int SpeechSubjects { get; set; }

    public int SubjectMentions { get; set; }

    /// <summary>A person only because nothing says otherwise (no given name, title or role): a pronoun takes them less readily.</summary>
    public bool WeakPerson { get; set; }

    /// <summary>Introduced by a description only ("an engineering professor"), never by a name.</summary>
    public bool Unnamed { get; init; }

    /// <summary>How often the article called this person by the bare surname: the one of two namesakes it does so is "Roe".</summary>
    public int BareSurnameMentions { get; set; }

    public override string ToString() => $"{Kind} {Name} ({Gender})";
}

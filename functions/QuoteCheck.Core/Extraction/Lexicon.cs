using System.Collections.Frozen;

namespace QuoteCheck.Core.Extraction;

/// <summary>Word lists for English news attribution: speech verbs, titles, pronouns and function words.</summary>
internal static partial class Lexicon
{
    private static readonly string[] RegularSpeechVerbs =
    [
        "add", "acknowledge", "admit", "agree", "allege", "announce", "answer", "argue", "ask", "assert",
        "blast", "boast", "brag", "call", "caution", "charge", "chant", "characterize", "claim", "comment",
        "complain", "concede", "conclude", "confirm", "contend", "continue", "counter", "criticize", "declare",
        "demand", "deny", "describe", "disagree", "dismiss", "dub", "emphasize", "exclaim", "explain", "insist",
        "joke", "label", "lament", "maintain", "mock", "muse", "mutter", "note", "observe", "opine", "plead",
        "pledge", "post", "praise", "predict", "proclaim", "promise", "question", "quip", "recall",
        "recount", "reiterate", "remark", "reply", "report", "respond", "retort", "reveal", "scoff", "scream",
        "shout", "slam", "state", "stress", "suggest", "testify", "tout", "tweet", "urge", "vow", "warn",
        "whisper", "wonder", "yell", "accuse", "brand", "decry", "deride", "deride", "lash", "snap", "sneer",
        "thunder", "gush", "remind", "reason", "relate", "rail", "summarize", "sum", "add", "assure", "chide",
        "complain", "implore", "muse", "write", "quote", "cry", "inform", "explain", "concur", "interject",
        "interrupt", "chime", "begin", "repeat", "estimate", "greet", "hail", "applaud", "condemn", "denounce",
        "compare", "liken", "cite", "chant", "exhort", "laud", "reference", "specify", "lambast", "ridicule",
        "tease", "taunt", "insult", "rebuke", "scold", "assail", "rate", "rule", "advise",
    ];

    private static readonly string[] IrregularSpeechForms =
    [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written",
        "writing", "read", "reads", "sing", "sang", "sings",
        "put", "puts", "swear", "swore", "think", "thinks", "thought", "begin", "began", "begins",
    ];

    private static readonly string[] RegularStanceVerbs =
    [
        "attack", "admire", "praise", "target", "brand", "pound", "hammer", "blast", "bash", "slam", "mock",
        "ridicule", "denounce", "condemn", "criticize", "fault", "accuse", "champion", "embrace", "tout", "promote",
        "push", "pitch", "portray", "paint", "cast", "frame", "view", "regard", "consider", "dismiss", "reject",
        "defend", "endorse", "fear", "hail", "celebrate", "promise", "vow", "pledge", "threaten", "demand",
        "propose", "favor", "oppose", "challenge", "decry", "lament", "blame", "credit", "characterize",
        "describe", "depict", "label", "dub", "nickname", "invoke", "cite", "coin", "adopt", "call", "deem",
        "declare", "proclaim", "insist", "warn", "predict", "describe", "refer", "lambast", "chastise", "scold",
    ];

    /// <summary>Verbs of judging and advocating ("Trump <i>admires</i> Putin as a “strong leader”"): a quoted phrase in their clause is the subject's words.</summary>
    public static readonly FrozenSet<string> StanceVerbs = Inflect(RegularStanceVerbs, ["see", "sees", "saw", "seen", "seeing", "gone", "went", "go", "goes", "going"]);

    /// <summary>Speech and attribution verbs in all their inflected forms, lower case.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = BuildSpeechVerbs();

    /// <summary>The bare forms of the regular speech verbs ("note", "reply"): after "a" and its modifiers, a noun ("a rare <i>note</i>"), since the verb would agree ("a spokesman notes").</summary>
    public static readonly FrozenSet<string> SpeechVerbLemmas = FrozenSet.ToFrozenSet(RegularSpeechVerbs, StringComparer.Ordinal);

    /// <summary>Words that may sit between a subject and its speech verb ("Trump <i>later</i> said").</summary>
    public static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
    [
        "also", "later", "then", "has", "had", "have", "is", "was", "were", "are", "will", "would", "could",
        "previously", "once", "recently", "repeatedly", "publicly", "privately", "did", "does", "not", "never",
        "just", "even", "only", "again", "often", "earlier", "frequently", "simply", "flatly", "bluntly",
        "quickly", "first", "famously", "reportedly", "allegedly", "may", "might", "can", "should", "been",
        "being", "already", "still", "ultimately", "finally", "angrily", "tearfully", "calmly", "proudly",
        "further", "once", "subsequently", "emphatically", "explicitly", "directly", "openly", "softly", "loudly",
    ], StringComparer.OrdinalIgnoreCase);

    // The lists asked of nearly every word, each with a quick test that most words fail before any hashing.
    private static readonly LeadingLetters SpeechVerbLetters = new(SpeechVerbs);
    private static readonly LeadingLetters AuxiliaryLetters = new(Auxiliaries);
    private static readonly LeadingLetters StanceVerbLetters = new(StanceVerbs);

    /// <summary>Personal pronouns that can be a speaker, with their gender ('m', 'f', 'n', 'p' plural, 'x' speaker).</summary>
    public static readonly FrozenDictionary<string, char> Pronouns = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = 'm', ["she"] = 'f', ["they"] = 'p', ["it"] = 'n', ["i"] = 'x', ["we"] = 'p',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Honorifics and abbreviated titles that precede a name.</summary>
    public static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
    [
        "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.",
        "Adm.", "Prof.", "Rev.", "Hon.", "Pres.", "Atty.", "Supt.", "Det.", "Insp.", "Sec.", "Lt.Gov.", "Maj.",
        "Cpl.", "Const.", "Cst.", "Pte.", "Pvt.", "Brig.", "Ald.", "Coun.", "Fr.", "Msgr.",
        "Cmdr.", "Gov", "Sen", "Rep", "Mr", "Mrs", "Ms", "Dr", "St.", "Sir", "Dame", "Lord", "Lady", "Sheikh",
        "Rabbi", "Pope", "Judge", "Justice",
    ], StringComparer.Ordinal);

    /// <summary>Role nouns that make up titles ("Kremlin spokesman", "press secretary", "President").</summary>
    public static readonly FrozenSet<string> RoleWords = FrozenSet.ToFrozenSet(
    [
        "president", "vice", "prime", "minister", "secretary", "senator", "governor", "mayor", "judge", "justice",
        "chief", "chairman", "chairwoman", "chair", "director", "speaker", "leader", "ambassador", "commissioner",
        "attorney", "general", "spokesman", "spokeswoman", "spokesperson", "host", "anchor", "correspondent",
        "reporter", "editor", "analyst", "strategist", "adviser", "advisor", "aide", "professor", "economist",
        "pollster", "executive", "ceo", "founder", "cofounder", "co-founder", "official", "officer",
        "representative", "candidate", "nominee", "lawyer", "sheriff", "coach", "captain", "commander", "king",
        "queen", "prince", "princess", "deputy", "assistant", "press", "manager", "congressman", "congresswoman",
        "lawmaker", "councilman", "councilwoman", "superintendent", "detective", "inspector", "sergeant",
        "colonel", "lieutenant", "major", "admiral", "head", "member", "staffer", "operative", "consultant",
        "researcher", "scientist", "expert", "historian", "author", "writer", "columnist", "commentator",
        "chancellor", "premier", "envoy", "diplomat", "negotiator", "prosecutor", "counsel", "partner",
        "sources", "source", "officials", "spokespeople", "aides", "advisers", "advisors", "narrator",
        "moderator", "panelist", "founder", "owner", "publisher", "president-elect", "senior", "campaign",
        "communications", "policy", "political", "national", "state", "federal", "former", "acting", "interim",
        "deputy", "white", "house", "democratic", "republican", "gop", "majority", "minority", "whip",
        "representative", "delegate", "organizer", "activist", "protester", "voter", "supporter", "critic",
        "resident", "student", "teacher", "doctor", "nurse", "witness", "victim", "father", "mother", "son",
        "daughter", "wife", "husband", "brother", "sister", "friend", "neighbor", "lawyer", "attorneys",
        "investigator", "investigators", "police", "agency", "ministry", "department", "office", "committee",
        "statement", "report", "letter", "ad", "study", "survey", "poll", "complaint", "memo", "filing",
        "staff", "employees", "workers", "residents", "members", "leaders", "lawmakers", "supporters", "critics",
        "protesters", "students", "experts", "analysts", "researchers", "scientists", "organizers", "organisers",
        "volunteers", "executives", "voters",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Title words that end a role prefix before a personal name ("Turkish <i>President</i> Recep Tayyip Erdogan").</summary>
    public static readonly FrozenSet<string> TitleHeads = FrozenSet.ToFrozenSet(
    [
        "president", "minister", "secretary", "senator", "governor", "mayor", "judge", "justice", "chief",
        "chairman", "chairwoman", "chair", "director", "speaker", "leader", "ambassador", "commissioner",
        "attorney", "general", "spokesman", "spokeswoman", "spokesperson", "host", "anchor", "correspondent",
        "reporter", "editor", "analyst", "strategist", "adviser", "advisor", "aide", "professor", "economist",
        "pollster", "executive", "ceo", "founder", "official", "officer", "representative", "candidate",
        "nominee", "lawyer", "sheriff", "coach", "captain", "commander", "king", "queen", "prince", "princess",
        "manager", "congressman", "congresswoman", "lawmaker", "councilman", "councilwoman", "superintendent",
        "detective", "inspector", "sergeant", "colonel", "lieutenant", "admiral", "head", "chancellor",
        "premier", "envoy", "prosecutor", "counsel", "moderator", "columnist", "commentator", "pastor",
        "bishop", "cardinal", "rabbi", "imam", "president-elect", "whip", "delegate", "candidate",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Determiners that open a descriptive speaker phrase ("the source", "a spokesman").</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "another", "one", "my", "his", "her", "their", "its", "our", "your", "some", "two",
        "three", "several", "many", "both", "other", "these", "those", "each", "no", "few", "most", "all",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Determiners that can stand for a noun of their own: the speaker in "Another tweeted", "said one", "Most said".</summary>
    public static readonly FrozenSet<string> StandaloneDeterminers = FrozenSet.ToFrozenSet(
        ["another", "one", "some", "many", "most", "both", "several", "few", "each", "other"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DaysAndMonths =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Days and months: capitalised, and no names in a time adverbial ("who on Monday said", "who in May told").</summary>
    public static readonly FrozenSet<string> CalendarWords = FrozenSet.ToFrozenSet(
        [.. DaysAndMonths, "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."], StringComparer.Ordinal);

    /// <summary>Capitalised words that are not names: sentence openers, days, months.</summary>
    public static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "But", "And", "Or", "However", "In", "On", "At", "After", "Before", "When", "While",
        "If", "As", "Then", "Meanwhile", "Still", "Yet", "So", "Also", "Later", "Earlier", "Yesterday", "Today",
        "Tomorrow", .. DaysAndMonths, "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Its", "Our", "My", "There", "Here", "What", "Why", "How", "Who", "Where", "Which", "For",
        "With", "From", "By", "To", "Of", "Asked", "Speaking", "Instead", "Though", "Although", "Because",
        "Since", "Until", "During", "Despite", "Now", "Last", "Next", "Some", "Many", "Most", "Both", "All",
        "Another", "One", "Two", "Three", "Even", "Just", "Only", "Not", "No", "Yes", "Well", "Like", "Unlike",
        "Among", "Over", "Under", "About", "Into", "Through", "Against", "Without", "Within", "Indeed",
        "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Thus", "Hence", "Overall", "Separately",
        "Additionally", "Finally", "First", "Second", "Third", "Again", "Already", "Once", "Never", "Every",
        "Following", "According", "Including", "Given", "Referring", "Responding", "Amid", "Regarding", "Asked",
        "Perhaps", "Shortly", "Specifically", "Much", "Between", "Do", "Does", "Did", "Initially", "Ultimately", "Recently",
        "Previously", "Currently", "Eventually", "Apparently", "Clearly", "Similarly", "Likewise", "Otherwise", "Besides",
        "Unfortunately", "Fortunately", "Importantly", "Notably", "Ironically", "Especially", "Particularly",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised words that end an organisation's name, never part of a person's ("The Washington <i>Post</i>").</summary>
    public static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
    [
        "Post", "Times", "News", "Journal", "Tribune", "Herald", "Gazette", "Street", "House", "Party", "Committee",
        "Department", "Council", "University", "Institute", "Center", "Centre", "Foundation", "Association",
        "Agency", "Court", "Senate", "Congress", "Network", "Magazine", "Press", "Inc.", "Corp.", "Co.", "Company",
        "Group", "Bank", "Fund", "Campaign", "Administration", "Office", "Ministry", "Commission", "Board",
        "Union", "Network", "Channel", "Radio", "Television", "TV", "CNN", "NBC", "ABC", "CBS", "MSNBC", "Fox",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised words that describe a person before their name ("<i>Republican</i> Donald Trump", "<i>Rival</i> Hillary Clinton").</summary>
    public static readonly FrozenSet<string> Descriptors = FrozenSet.ToFrozenSet(
    [
        "Republican", "Democrat", "Democratic", "GOP", "Rival", "Former", "Late", "Then", "New", "State", "Universe",
        "Independent", "Libertarian", "Conservative", "Liberal", "Progressive", "Socialist", "Labour", "Tory", "Green",
        "Candidate", "Nominee", "Veteran", "Billionaire", "Activist", "Actor", "Actress", "Singer", "Comedian",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised words of place names, never part of a person's ("<i>North</i> Korea", "<i>United States</i>").</summary>
    public static readonly FrozenSet<string> PlaceWords = FrozenSet.ToFrozenSet(
    [
        "North", "South", "East", "West", "United", "States", "Kingdom", "Republic", "America", "American", "City",
        "County", "Island", "Islands", "Korea", "Nations", "Union", "Europe", "European", "Africa", "Asia",
        "Middle", "Gulf", "Coast", "Valley", "River", "Mountain", "Hills", "Beach", "Park", "Square", "Avenue",
        "Road", "Bridge", "Airport", "Station", "Hall", "Hospital", "School", "College", "Church", "Day",
    ], StringComparer.Ordinal);

    /// <summary>Last words that make a name a neighbourhood or town, whatever comes before ("Clayton Heights", "Beverly Hills"): none is a common surname.</summary>
    public static readonly FrozenSet<string> PlaceSuffixes = FrozenSet.ToFrozenSet(
    [
        "Heights", "Hills", "Township", "Springs", "Falls", "Creek", "Valley", "Estates", "Meadows", "Gardens", "Acres",
        "Village", "Harbour", "Harbor", "Junction", "Crossing", "Landing", "Grounds", "Fairgrounds", "Stadium", "Plaza", "Pavilion", "Coliseum",
        "Auditorium", "Speedway",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case particles allowed inside personal names ("Bill de Blasio", "Osama bin Laden").</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["de", "da", "del", "della", "di", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "dos", "ibn"],
        StringComparer.Ordinal);

    /// <summary>Abbreviations whose trailing period does not end a sentence.</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Prof", "Rev",
        "Hon", "Pres", "Atty", "Supt", "Det", "Insp", "Sec", "Maj", "Cmdr", "St", "Jr", "Sr", "Inc", "Co",
        "Corp", "Ltd", "vs", "Mt", "Ft", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov",
        "Dec", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo", "Ala", "Ark", "Del", "Ida", "etc", "approx", "Gov", "Lt", "Cpl", "Const", "Cst", "Pte", "Pvt",
        "Brig", "Ald", "Coun", "Fr", "Msgr",
    ], StringComparer.Ordinal);

    /// <summary>Common female first names, for pronoun agreement.</summary>
    public static readonly FrozenSet<string> FemaleNames = FrozenSet.ToFrozenSet(
    [
        "Hillary", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
        "Karen", "Nancy", "Lisa", "Margaret", "Betty", "Sandra", "Ashley", "Dorothy", "Kimberly", "Emily",
        "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Sharon",
        "Cynthia", "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole",
        "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth",
        "Maria", "Heather", "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina",
        "Lauren", "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline",
        "Frances", "Gloria", "Ann", "Teresa", "Kathryn", "Sara", "Janice", "Jean", "Alice", "Madison", "Doris",
        "Abigail", "Julia", "Judy", "Grace", "Denise", "Amber", "Marilyn", "Beverly", "Danielle", "Theresa",
        "Sophia", "Marie", "Diana", "Brittany", "Natalie", "Isabella", "Charlotte", "Rose", "Alexis", "Kayla",
        "Loretta", "Elizabeth", "Kellyanne", "Ivanka", "Melania", "Chelsea", "Nikki", "Sheila", "Claire",
        "Angela", "Theresa", "Marine", "Condoleezza", "Madeleine", "Nancy", "Dianne", "Kamala", "Tammy",
        "Debbie", "Donna", "Huma", "Jill", "Sarah", "Ava", "Melanie", "Mika", "Megyn", "Katie", "Gretchen",
        "Ruth", "Sonia", "Elena", "Susana", "Mia", "Paula", "Gennifer", "Alicia", "Jennifer", "Maxine",
        "Lynn", "Carly", "Samantha", "Ayanna", "Tulsi", "Kirsten", "Amy", "Patty", "Heidi", "Lisa", "Barbara",
        "Marsha", "Michele", "Jeanne", "Kristen", "Kelly", "Joni", "Shelley", "Cathy", "Ileana", "Yvette",
    ], StringComparer.Ordinal);

    /// <summary>Common male first names, for pronoun agreement.</summary>
    public static readonly FrozenSet<string> MaleNames = FrozenSet.ToFrozenSet(
    [
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
        "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
        "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
        "Benjamin", "Samuel", "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Jack", "Dennis", "Jerry",
        "Tyler", "Aaron", "Jose", "Adam", "Henry", "Nathan", "Douglas", "Zachary", "Peter", "Kyle", "Walter",
        "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl", "Terry", "Sean",
        "Austin", "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce", "Albert",
        "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene", "Vincent",
        "Russell", "Elijah", "Louis", "Bobby", "Philip", "Johnny", "Barack", "Bill", "Bernie", "Ted", "Marco",
        "Mike", "Tim", "Chris", "Jeb", "Mitt", "Vladimir", "Dmitry", "Recep", "Harry", "Mitch", "Rand", "Reince",
        "Newt", "Rudy", "Ben", "Tom", "Jim", "Bob", "Dick", "Al", "Jimmy", "Ronald", "Lindsey", "Chuck", "Josh",
        "Jake", "Sean", "Rush", "Sergei", "Xi", "Emmanuel", "Boris", "Justin", "Narendra", "Shinzo",
        "Benjamin", "Bashar", "Hassan", "Kim", "Ali", "Mohammed", "Muhammad", "Ahmed", "Abdullah", "Pat",
        "Lester", "Anderson", "Wolf", "Bret", "Howard", "Elijah", "Tony", "Jon", "Nate", "Matt", "Rick", "Rob",
        "Dan", "Dave", "Steve", "Greg", "Jeff", "Ken", "Ron", "Ed", "Don", "Sam", "Ray", "Andy", "Fred", "Hugh",
        "Ivan", "Igor", "Nikolai", "Alexei", "Yuri", "Mevlut", "Ibrahim", "Zhang", "Wang", "Li", "Lloyd",
        "Laurence", "Patrick", "Gavin", "Jerry", "Terence", "Kenny", "Elliott", "Corey", "Stephen", "Nick",
        "Matteo", "Francois", "François", "Jean-Claude", "Pierre", "Luis", "Carlos", "Miguel", "Jorge", "Antonio",
        "Giuseppe", "Marco", "Hans", "Klaus", "Jens", "Sven", "Lars", "Malcolm", "Nigel", "Keir", "Rishi", "Emmanuel",
    ], StringComparer.Ordinal);

    /// <summary>Words after which a noun phrase cannot continue (prepositions, conjunctions, relative words).</summary>
    public static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
    [
        "that", "and", "but", "or", "because", "when", "while", "if", "as", "in", "on", "at", "to", "from",
        "with", "by", "after", "before", "during", "who", "which", "where", "whom", "whose", "than", "so",
        "about", "into", "over", "under", "until", "since", "though", "although", "what", "how", "why",
        "this", "these", "those", "there", "here", "not", "also", "said", "says", "told", "tells", "yet",
        "for", "against", "through", "without", "like", "via", "per", "upon", "onto", "toward", "towards",
        "along", "around", "across", "behind", "beyond", "near", "outside", "inside", "within", "among", "throughout", "despite", "except", "amid",
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
    ], StringComparer.OrdinalIgnoreCase);

    // Asked of most words of a phrase or a look-behind: the quick test of the speech verbs' kind (declared after the lists they read).
    private static readonly LeadingLetters StopLetters = new(Stops);
    private static readonly LeadingLetters RoleWordLetters = new(RoleWords);

    /// <summary>Nouns that carry a speaker's words after a possessive ("Trump's <i>claim</i> that ...").</summary>
    public static readonly FrozenSet<string> SpeechNouns = FrozenSet.ToFrozenSet(
    [
        "claim", "claims", "statement", "statements", "remarks", "remark", "comments", "comment", "words", "message",
        "assertion", "description", "promise", "pledge", "warning", "argument", "call", "tweet", "tweets", "response",
        "reply", "suggestion", "prediction", "accusation", "charge", "complaint", "insistence", "vow", "declaration",
        "answer", "explanation",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Irregular past tenses and participles that are not also common nouns: a chunk that ends on one ran into its verb ("the campaign <i>sent</i>", "the confection <i>known</i> as").</summary>
    public static readonly FrozenSet<string> IrregularPastTenses = FrozenSet.ToFrozenSet(
    [
        "sent", "made", "took", "gave", "went", "came", "got", "ran", "held", "brought", "kept", "began", "became", "won",
        "lost", "met", "paid", "sat", "stood", "spent", "built", "sold", "bought", "found", "thought", "knew", "saw", "wrote",
        "felt", "led", "struck", "drew", "threw", "broke", "chose", "fell", "grew", "rose", "shook", "sought", "taught", "caught",
        "known", "shown", "given", "taken", "seen", "written", "spoken", "chosen", "driven", "drawn", "grown", "thrown", "done", "begun",
    ], StringComparer.Ordinal);

    /// <summary>Organisation heads no one bears as a surname ("Clinton Foundation" is no person, "Christopher House" may be).</summary>
    public static readonly FrozenSet<string> InstitutionHeads = FrozenSet.ToFrozenSet(
    [
        "Foundation", "Institute", "Institution", "Association", "Society", "Federation", "Coalition", "Alliance", "Committee",
        "Commission", "Council", "Department", "Ministry", "Agency", "Administration", "University", "College", "Academy",
        "Corporation", "Corp.", "Corp", "Inc.", "Inc", "LLC", "Ltd.", "Ltd", "Company", "Party", "Campaign", "Fund", "Bureau",
        "Authority", "Secretariat", "Tribunal", "Library", "Museum", "Hospital", "School",
    ], StringComparer.Ordinal);

    /// <summary>Time zones written after a time ("10 a.m. EST"): capitals that name no organisation.</summary>
    public static readonly FrozenSet<string> TimeZones = FrozenSet.ToFrozenSet(
        ["EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT", "AKST", "HST", "AST", "ADT", "NST", "NDT", "GMT", "UTC", "BST", "CET", "CEST"],
        StringComparer.Ordinal);

    /// <summary>Verbs a headline in title case puts after its subject's name ("Bo Lin <i>Gets</i> Real"), besides the speech and stance verbs.</summary>
    public static readonly FrozenSet<string> HeadlineVerbs = FrozenSet.ToFrozenSet(
        ["Got", "Gets", "Gives", "Makes", "Takes", "Wins", "Loses", "Opens", "Reveals", "Shares", "Talks", "Responds", "Returns"], StringComparer.Ordinal);

    /// <summary>Capitalised speech-verb forms that are names first ("Rush Limbaugh", "Will Doyle", "Bill Clinton", "The Washington Post").</summary>
    public static readonly FrozenSet<string> VerbsThatAreNames = FrozenSet.ToFrozenSet(["Rush", "Chuck", "Will", "Mark", "Bill", "Note", "Post"], StringComparer.Ordinal);

    /// <summary>True for a capitalised word a title-case headline may use as its verb: a speech, stance or headline verb, not a name ("Slams", "Sees", "Got"; not "Will").</summary>
    public static bool IsHeadlineVerb(string word) =>
        (IsSpeechVerb(word) && !VerbsThatAreNames.Contains(word)) || IsStanceVerb(word) || HeadlineVerbs.Contains(word);

    /// <summary>
    /// How many people a count word names when it stands for them ("the two wrote", "the pair", "the trio"), or 0:
    /// numbers from two to ten in words, and the nouns for two or three together, in lower case as running text writes
    /// them (asked after every "the", so no case folding).
    /// </summary>
    public static int PeopleCounted(string word) => word switch
    {
        "two" or "pair" or "couple" or "duo" => 2,
        "three" or "trio" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => 0,
    };

    /// <summary>True for a number from two to ten written as a word ("two", "three"): one that can stand for the people it counts.</summary>
    public static bool IsCountWord(string word) => PeopleCounted(word) > 0 && word is not ("pair" or "couple" or "duo" or "trio");

    /// <summary>True for a lower-case past tense: an irregular one the list holds, or a word of five letters or more in "-ed" (not "-eed").</summary>
    public static bool IsPastTenseForm(string word) =>
        word.Length > 0 && char.IsLower(word[0])
        && (IrregularPastTenses.Contains(word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)));

    /// <summary>Verbs that, with "back" after them, answer in words ("shot back", "fired back", "hit back").</summary>
    public static readonly FrozenSet<string> RetortVerbs = FrozenSet.ToFrozenSet(
        ["shot", "shoots", "shoot", "shooting", "fired", "fires", "fire", "firing", "hit", "hits", "hitting", "snapped", "snaps", "snap", "pushed", "pushes", "pushing", "struck", "strikes", "striking"],
        StringComparer.Ordinal);

    /// <summary>Words that set a person against the clause's subject ("<i>Unlike</i> Haddad, he …", "<i>Besides</i> Roe, …"): the person is neither its subject nor whom it is about.</summary>
    public static readonly FrozenSet<string> ContrastWords = FrozenSet.ToFrozenSet(["unlike", "besides", "except", "despite"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Capitalised words that open a clause before a name ("<i>Neither</i> Hillary Clinton nor …", "<i>Whether</i> Donald
    /// Trump wins") or stand for unnamed people ("<i>Others</i> said"): never a name or part of one. Read by the discourse
    /// model only.
    /// </summary>
    public static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        [
            "Neither", "Either", "Nor", "Whether", "Wherever", "Whenever", "Whatever", "Whoever", "Whichever", "Unless", "Unlike", "Besides", "Except",
            "Others", "Several", "Few", "Everyone", "Everybody", "Someone", "Somebody", "Anyone", "Anybody", "Nobody", "None",
            "Maybe", "Perhaps",
        ],
        StringComparer.Ordinal);

    /// <summary>Possessive pronouns: who owns the remarks that follow ("<i>his</i> scathing remarks").</summary>
    public static readonly FrozenSet<string> PossessivePronouns = FrozenSet.ToFrozenSet(["his", "her", "their", "its", "our", "my"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns naming an act of speech, which the words before them only modify ("a snappy <i>retort</i>", "his scathing <i>remarks</i>").</summary>
    public static readonly FrozenSet<string> SpeechActNouns = FrozenSet.ToFrozenSet(
        [.. SpeechNouns, "retort", "retorts", "chant", "chants", "quip", "quips", "rebuke", "rebukes", "rejoinder", "jab", "jabs", "riposte", "tirade", "rant"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True for a lower-case noun that can head the phrase of someone who speaks: a role, a person, a kind of organisation
    /// or a document ("the spokesman", "the couple", "the department", "the report", "officials"), where "an inflation
    /// formula" or "the tax loophole" names nobody.
    /// </summary>
    public static bool IsAgentNoun(string word)
    {
        if (word.Length == 0 || !char.IsLower(word[0]))
            return false;
        var singular = Speakers.DiscourseModel.Singular(word);
        return IsRoleWord(word) || PersonRoleNouns.Contains(singular) || AnaphoricPersonNouns.Contains(singular)
            || OrganisationTypes.ContainsKey(singular) || DocumentNouns.Contains(word) || GroupNouns.Contains(word);
    }

    /// <summary>True for a plural noun for people in a crowd or a class ("parents", "fans", "respondents"), which can speak without a determiner.</summary>
    public static bool IsGroupNoun(string word) => GroupNouns.Contains(word);

    /// <summary>Plural nouns for people in a crowd or a class ("voters", "the crowd").</summary>
    private static readonly FrozenSet<string> GroupNouns = FrozenSet.ToFrozenSet(
        ["people", "crowd", "audience", "public", "americans", "canadians", "parents", "families", "fans", "citizens", "demonstrators", "participants", "respondents", "delegates", "attendees"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for a work or programme, whose title a quoted phrase beside them is ("the documentary “13th”", "his “Keepin' It Real” radio program").</summary>
    public static readonly FrozenSet<string> WorkNouns = FrozenSet.ToFrozenSet(
    [
        "documentary", "film", "movie", "book", "novel", "memoir", "biography", "show", "program", "programme", "series",
        "album", "song", "single", "play", "musical", "opera", "column", "commentary", "op-ed", "essay", "article",
        "headline", "podcast", "painting", "exhibit", "exhibition", "episode", "sitcom", "documentaries", "films", "movies",
        "books", "shows", "programs", "songs", "albums", "poem", "website", "blog", "newsletter", "app",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs that open a sentence before a comma ("Lately, …", "Conversely, …"), which the discourse model must not take for names.</summary>
    public static readonly FrozenSet<string> SentenceAdverbs = FrozenSet.ToFrozenSet(
    [
        "Lately", "Conversely", "Frankly", "Clearly", "Obviously", "Certainly", "Finally", "Additionally", "Consequently",
        "Unfortunately", "Fortunately", "Importantly", "Notably", "Similarly", "Likewise", "Increasingly", "Originally",
        "Eventually", "Apparently", "Basically", "Personally", "Honestly", "Currently", "Previously", "Separately",
        "Publicly", "Privately", "Ironically", "Interestingly", "Surprisingly", "Sadly", "Luckily", "Hopefully",
        "Typically", "Generally", "Historically", "Traditionally", "Technically", "Essentially", "Officially",
        "Reportedly", "Allegedly", "Indeed", "Meanwhile", "Nonetheless", "Nevertheless", "Moreover", "Furthermore",
        "Rather", "Instead", "Still", "Otherwise", "Overall", "Ultimately", "Initially", "Afterward", "Afterwards", "Thus", "Hence",
    ], StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> is a speech verb form.</summary>
    public static bool IsSpeechVerb(string word) => SpeechVerbLetters.MayHold(word) && SpeechVerbs.Contains(word);

    /// <summary>True when <paramref name="word"/> is a stance verb form (<see cref="StanceVerbs"/>), most words told from their first letters and length.</summary>
    public static bool IsStanceVerb(string word) => StanceVerbLetters.MayHold(word) && StanceVerbs.Contains(word);

    /// <summary>True when <paramref name="word"/> is in <see cref="Stops"/>, most other words told from their first letters and length.</summary>
    public static bool IsStop(string word) => StopLetters.MayHold(word) && Stops.Contains(word);

    /// <summary>True when <paramref name="word"/> is in <see cref="RoleWords"/>, most other words told from their first letters and length.</summary>
    public static bool IsRoleWord(string word) => RoleWordLetters.MayHold(word) && RoleWords.Contains(word);

    /// <summary>True for words that may sit between a subject and its verb: auxiliaries and -ly adverbs.</summary>
    public static bool IsAuxiliary(string word) =>
        (AuxiliaryLetters.MayHold(word) && Auxiliaries.Contains(word)) || IsLyAdverb(word);

    /// <summary>
    /// A lower-case word of five letters or more ending in "-ly" ("quickly", "reportedly"): the part of
    /// <see cref="IsAuxiliary"/> no list holds; not an adjective, noun or verb of that shape ("the agency's
    /// <i>monthly</i> report", "an <i>elderly</i> man", "the <i>family</i> said", "to <i>reply</i>").
    /// </summary>
    public static bool IsLyAdverb(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && !NotLyAdverbLookup.Contains(word);


    /// <summary>Words ending in "-ly" that are no adverb: adjectives ("a weekly column", "the costly program"), nouns ("the family") and verbs ("reply").</summary>
    private static readonly FrozenSet<string> NotLyAdverbs = FrozenSet.ToFrozenSet(
    [
        "daily", "weekly", "monthly", "quarterly", "yearly", "hourly", "nightly", "biweekly", "bimonthly", "elderly",
        "costly", "deadly", "friendly", "unfriendly", "lonely", "lovely", "orderly", "disorderly", "scholarly", "timely",
        "untimely", "worldly", "homely", "lively", "ugly", "holy", "silly", "burly", "curly",
        "family", "rally", "assembly", "supply", "anomaly", "monopoly", "tally", "belly", "bully", "butterfly", "jelly",
        "folly", "homily", "melancholy", "reply", "apply", "comply", "imply", "multiply", "panoply", "oligopoly",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotLyAdverbLookup = NotLyAdverbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string> BuildSpeechVerbs()
    {
        var forms = new HashSet<string>(Inflect(RegularSpeechVerbs, IrregularSpeechForms), StringComparer.OrdinalIgnoreCase);
        forms.Remove("put");
        forms.Remove("puts");
        forms.Remove("report");
        forms.Remove("thought");
        forms.Remove("begin");
        forms.Remove("began");
        forms.Remove("begins");
        forms.Remove("question");
        forms.Remove("post");
        forms.Remove("sum");
        forms.Remove("state");
        forms.Remove("states");
        forms.Remove("estimate");
        forms.Remove("tweet");
        forms.Remove("quote");
        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every regular form of <paramref name="regular"/> ("add" → add, adds, added, adding) plus the <paramref name="irregular"/> forms as given.</summary>
    private static FrozenSet<string> Inflect(string[] regular, string[] irregular)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in irregular)
            forms.Add(form);
        foreach (var verb in regular)
        {
            forms.Add(verb);
            if (verb.EndsWith('y') && !"aeiou".Contains(verb[^2], StringComparison.Ordinal))
            {
                forms.Add(verb[..^1] + "ies");
                forms.Add(verb[..^1] + "ied");
                forms.Add(verb + "ing");
            }
            else if (verb.EndsWith('e'))
            {
                forms.Add(verb + "s");
                forms.Add(verb + "d");
                forms.Add(verb[..^1] + "ing");
            }
            else
            {
                var plural = verb.EndsWith('h') || verb.EndsWith('s') || verb.EndsWith('x') ? verb + "es" : verb + "s";
                forms.Add(plural);
                forms.Add(verb + "ed");
                forms.Add(verb + "ing");
                if (DoublesFinalConsonant(verb))
                {
                    forms.Add(verb + verb[^1] + "ed");
                    forms.Add(verb + verb[^1] + "ing");
                }
            }
        }

        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True for a verb that doubles its last consonant before -ed and -ing: one stressed syllable ending in a single vowel and
    /// consonant ("snap", "dub", "quip", where "qu" is a consonant), or a longer verb stressed on that syllable ("admit",
    /// "concur", "refer"), which spelling alone does not tell.
    /// </summary>
    private static bool DoublesFinalConsonant(string verb)
    {
        static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
        if (verb.Length < 3 || verb[^1] is not ('b' or 'd' or 'g' or 'l' or 'm' or 'n' or 'p' or 'r' or 't') || !Vowel(verb[^2]))
            return false;
        var consonantBefore = !Vowel(verb[^3]) || (verb[^3] == 'u' && verb.Length >= 4 && verb[^4] == 'q');
        return consonantBefore && (verb.Length <= 4 || verb is "admit" or "commit" or "submit" or "omit" or "permit" or "acquit" or "refer"
            or "prefer" or "confer" or "defer" or "infer" or "concur" or "occur" or "regret" or "rebut" or "compel" or "propel" or "control"
            or "patrol" or "equip" or "deter" or "transfer");
    }
}

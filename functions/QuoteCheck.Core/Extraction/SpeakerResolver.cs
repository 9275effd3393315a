using QuoteCheck.Core.Extraction.Speakers;

namespace QuoteCheck.Core.Extraction;

/// <summary>
/// The second stage of attribution: from a speaker mention ("he", "Peskov", "the company") to the canonical speaker the
/// desk shows. An ordered list of sieves over one <see cref="DiscourseModel"/> of the article; the first answer wins and
/// the evidence names its sieve.
/// </summary>
internal sealed class SpeakerResolver
{
    private const string Coordinated = "coordination";
    private const string Relative = "relative-pronoun";

    /// <summary>How far back a relative pronoun's antecedent may end: past a comma and an apposition of a few words.</summary>
    private const int MaxAntecedentReach = 12;

    private readonly ArticleDocument _doc;
    private readonly NounPhrases _phrases;
    private readonly ISpeakerSieve[] _sieves;
    private readonly DiscourseModel _model;

    public SpeakerResolver(ArticleDocument doc, NounPhrases phrases)
    {
        _doc = doc;
        _phrases = phrases;
        var model = _model = DiscourseModel.Build(doc);
        _sieves =
        [
            new DocumentIssuerSieve(doc, phrases, model),
            new PronounSieve(doc, phrases, model),
            new AppositiveNameSieve(doc, model),
            new ShortFormSieve(doc, model),
            new NameClusterSieve(doc, model),
            new DescriptionSieve(doc, model),
            new MentionTextSieve(doc, phrases),
        ];
    }

    /// <summary>The canonical speaker, role, deciding sieve and certainty for the attribution's mention.</summary>
    public SpeakerResolution Resolve(Attribution attribution)
    {
        if (Coordination(attribution) is { } and)
        {
            // "Roe and Lin said": each name is resolved on its own, and both speak; where neither resolves further
            // ("Procter and Gamble", "Fisheries and Oceans Canada") that is the phrase as written, not its last name
            var left = Resolve(attribution with { MentionTo = and - 1 });
            var right = Resolve(attribution with { MentionFrom = and + 1 });
            return new SpeakerResolution($"{left.Speaker} and {right.Speaker}", null, Coordinated,
                $"{left.Sieve}: {left.Explanation}; {right.Sieve}: {right.Explanation}", (ResolutionCertainty)Math.Max((int)left.Certainty, (int)right.Certainty));
        }

        if (Antecedent(attribution) is { } antecedent)
        {
            // "McConnell, now the Senate majority leader, who in 2010 said": who speaks is whom the pronoun stands for
            var written = _doc.Slice(antecedent.From, antecedent.To);
            var stands = $"'{_doc.Tokens[attribution.MentionFrom].Text}' stands for '{written}'";
            var inner = Resolve(attribution with { MentionFrom = antecedent.From, MentionTo = antecedent.To });
            if (inner.Certainty >= ResolutionCertainty.Guessed)
            {
                // a guess about the phrase is a guess twice over: the desk sees the phrase ("the Mexican president")
                return new SpeakerResolution(NounPhrases.IsPossessive(written) ? written[..^2] : written, null, Relative, $"{stands}, kept as written", ResolutionCertainty.AsWritten);
            }

            return inner with { Sieve = $"{Relative}, {inner.Sieve}", Explanation = $"{stands}; {inner.Explanation}" };
        }

        var query = new SpeakerQuery(attribution, Head(attribution), _doc.Slice(attribution.MentionFrom, attribution.MentionTo));
        foreach (var sieve in _sieves)
        {
            if (sieve.Resolve(query) is { } resolution)
                return resolution;
        }

        throw new InvalidOperationException("The last sieve always answers.");
    }

    /// <summary>
    /// The speaker of a definite description whose head is the mention's last word ("the Democratic presidential
    /// candidate"), when the article names someone for it; null when it names nobody, or when the description's head is
    /// another word ("the Democrat convention committee" is no "the Democrat").
    /// </summary>
    public SpeakerResolution? ResolveDescription(Attribution description)
    {
        if (_model.ParseDescription(description.MentionFrom) is not { } parsed || parsed.HeadToken != description.MentionTo)
            return null;
        var resolution = Resolve(description);
        return resolution.Certainty == ResolutionCertainty.AsWritten ? null : resolution;
    }

    /// <summary>
    /// The "and" joining two capitalised names that make up the whole mention, after a "the" ("Ann Roe and Bo Lin",
    /// "the New York Times and Los Angeles Times", "Procter and Gamble"), or null: not one inside a name with words of its own ("Heart and Stroke senior manager Erin Kim").
    /// </summary>
    private int? Coordination(Attribution a)
    {
        var tokens = _doc.Tokens;
        int? and = null;
        var first = tokens[a.MentionFrom].Text is "the" or "The" ? a.MentionFrom + 1 : a.MentionFrom; // "the New York Times and Los Angeles Times"
        for (var t = first; t <= a.MentionTo; t++)
        {
            if (tokens[t].Text is "and" && t > first && t < a.MentionTo && and is null)
                and = t;
            else if (!tokens[t].IsCapitalized && !(t == and + 1 && tokens[t].Text is "the" && t < a.MentionTo))
                return null; // "… and the Dayton Tribune": a "the" may open the second name too
        }

        return and;
    }

    /// <summary>
    /// The phrase a relative pronoun mention stands for: "who" or "which" right after a phrase, or after its comma
    /// ("the Associated Press report, which notes"); past an apposition set off by commas to the name before it
    /// ("McConnell, now the Senate majority leader, who"); "who" past a prepositional phrase that names no one to the
    /// people before it ("Democrats across the country, who"). Null for any other mention, when no phrase ends there,
    /// or when the phrase cannot be what the pronoun stands for ("who" for a thing, "which" for a person or a place).
    /// </summary>
    private (int From, int To)? Antecedent(Attribution a)
    {
        var tokens = _doc.Tokens;
        var t = a.MentionFrom;
        if (a.MentionTo != t || tokens[t].Text is not ("who" or "which") || t == 0)
            return null;
        var person = tokens[t].Text is "who";
        var comma = tokens[t - 1].Is(',');
        var limit = Math.Max(0, t - MaxAntecedentReach);
        if (PhraseEndingAt(comma ? t - 2 : t - 1, t, limit) is not { } phrase || tokens[phrase.To].Text is "who" or "which")
            return null; // never a pronoun for a pronoun, so resolving the phrase cannot come back here
        if (comma && AppositionOwner(phrase, limit) is { } owner)
            return owner;
        bool Fits((int From, int To) p) => person ? NamesPeople(p) || NamesOrganisation(p) : !NamesPeople(p) && _model.EntityAt(p.To) is not { Kind: EntityKind.Place };
        if (person && !NamesPeople(phrase) && phrase.From >= 2 && Lexicon.Prepositions.Contains(tokens[phrase.From - 1].Text)
            && PhraseEndingAt(phrase.From - 2, t, limit) is { } outer && NamesPeople(outer))
            return outer; // "Democrats across the country, who": the people, not the place they are in
        return Fits(phrase) ? phrase : null;
    }

    private (int From, int To)? PhraseEndingAt(int end, int pronoun, int limit)
    {
        var tokens = _doc.Tokens;
        if (end < limit || !tokens[end].IsWord || tokens[end].Quote >= 0 || tokens[end].Sentence != tokens[pronoun].Sentence)
            return null;
        return _phrases.EndingAt(end, limit);
    }

    /// <summary>The name an apposition ending at the pronoun's comma describes ("McConnell, now the Senate majority leader,"), or null.</summary>
    private (int From, int To)? AppositionOwner((int From, int To) apposition, int limit)
    {
        var tokens = _doc.Tokens;
        var before = apposition.From - 1;
        if (before >= 0 && tokens[before].Text is "now" or "then" or "also" or "once" or "formerly" or "currently" or "still")
            before--;
        if (before < 1 || !tokens[before].Is(',') || !tokens[before - 1].IsCapitalized || _model.EntityAt(before - 1) is not { Kind: EntityKind.Person })
            return null;
        return _phrases.EndingAt(before - 1, limit);
    }

    /// <summary>
    /// True when the phrase's head can be a person or people: a name not known as a place or organisation, a role,
    /// people in a crowd, an agent noun ("listeners", "critics", "economists").
    /// </summary>
    private bool NamesPeople((int From, int To) phrase)
    {
        var head = _doc.Tokens[phrase.To];
        if (head.IsCapitalized)
            return _model.EntityAt(phrase.To) is not { Kind: EntityKind.Organisation or EntityKind.Place or EntityKind.Other };
        var w = NounPhrases.IsPossessive(head.Text) ? head.Text[..^2] : head.Text;
        var singular = Speakers.DiscourseModel.Singular(w);
        return Lexicon.IsRoleWord(w) || Lexicon.PersonRoleNouns.Contains(singular) || Lexicon.AnaphoricPersonNouns.Contains(singular)
            || w.EndsWith("ers", StringComparison.Ordinal) || w.EndsWith("ists", StringComparison.Ordinal) || w.EndsWith("ians", StringComparison.Ordinal)
            || w.EndsWith("ics", StringComparison.Ordinal) || (Lexicon.IsAgentNoun(w) && !Lexicon.DocumentNouns.Contains(w) && !Lexicon.OrganisationTypes.ContainsKey(singular));
    }

    /// <summary>True when the phrase's head is an organisation, named or by its type ("the union", "the Daily Beast").</summary>
    private bool NamesOrganisation((int From, int To) phrase)
    {
        var head = _doc.Tokens[phrase.To];
        return head.IsCapitalized
            ? _model.EntityAt(phrase.To) is { Kind: EntityKind.Organisation }
            : Lexicon.OrganisationTypes.ContainsKey(Speakers.DiscourseModel.Singular(head.Text));
    }

    /// <summary>The mention's last word, before a parenthesis ("Sen. Ann Roe (D-Ore.)" → Roe).</summary>
    private int Head(Attribution a)
    {
        var tokens = _doc.Tokens;
        var head = a.MentionTo;
        if (tokens[head].Is(')'))
        {
            while (head > a.MentionFrom && !tokens[head].Is('('))
                head--;
            head = Math.Max(a.MentionFrom, head - 1);
        }

        while (head > a.MentionFrom && !tokens[head].IsWord)
            head--;
        var named = _model.EntityAt(head) is { Kind: EntityKind.Person } person ? person : null;
        for (var t = a.MentionFrom + 1; t < head; t++)
        {
            // "Sen. Ann Roe of Alabama", "the president of the council", "the lawyer of Ann Roe": the phrase before "of" is
            // the speaker; but in "Secretary of State John Kerry" a name ends the mention after more than "of" and the
            // name itself, and the name speaks
            if (tokens[t].Text is "of" && (_model.EntityAt(t - 1) is { Kind: EntityKind.Person } || Lexicon.PersonRoleNouns.Contains(tokens[t - 1].Text))
                && (named is null || ReferenceEquals(_model.EntityAt(t + 1), named)))
                return t - 1;
            if (tokens[t].Text is "for" && _model.EntityAt(t - 1) is { Kind: EntityKind.Person } && named is null)
                return t - 1; // "Cameron Easley for Morning Consult": the writer, not the outlet
        }

        return head;
    }
}

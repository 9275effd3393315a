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

    private readonly ArticleDocument _doc;
    private readonly ISpeakerSieve[] _sieves;
    private readonly DiscourseModel _model;

    public SpeakerResolver(ArticleDocument doc, NounPhrases phrases)
    {
        _doc = doc;
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

        var query = new SpeakerQuery(attribution, Head(attribution), _doc.Slice(attribution.MentionFrom, attribution.MentionTo));
        foreach (var sieve in _sieves)
        {
            if (sieve.Resolve(query) is { } resolution)
                return resolution;
        }

        throw new InvalidOperationException("The last sieve always answers.");
    }

    /// <summary>
    /// The "and" joining two capitalised names that make up the whole mention ("Ann Roe and Bo Lin", "Procter and
    /// Gamble"), or null: not one inside a name with words of its own ("Heart and Stroke senior manager Erin Kim").
    /// </summary>
    private int? Coordination(Attribution a)
    {
        var tokens = _doc.Tokens;
        int? and = null;
        for (var t = a.MentionFrom; t <= a.MentionTo; t++)
        {
            if (tokens[t].Text is "and" && t > a.MentionFrom && t < a.MentionTo && and is null)
                and = t;
            else if (!tokens[t].IsCapitalized)
                return null;
        }

        return and;
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
        }

        return head;
    }
}

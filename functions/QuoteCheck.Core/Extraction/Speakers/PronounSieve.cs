namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>he/she/they/it (and his/her/their/its, as in "his remarks"): the referent the salience walk gave the pronoun (recency, grammatical role, who spoke, gender agreement).</summary>
internal sealed class PronounSieve(ArticleDocument doc, NounPhrases phrases, DiscourseModel model) : ISpeakerSieve
{
    public string Name => "pronoun-salience";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        var a = query.Attribution;
        if (a.MentionFrom != a.MentionTo || !(phrases.IsPronoun(a.MentionFrom) || Lexicon.PossessivePronouns.Contains(doc.Tokens[a.MentionFrom].Text)))
            return null;
        if (model.ReferentAt(a.MentionFrom) is not { } referent)
            return null;
        var e = referent.Entity;
        var certainty = referent.GenderAgreed && e.Kind is EntityKind.Person or EntityKind.Group ? ResolutionCertainty.Inferred : ResolutionCertainty.Guessed;
        var paragraph = doc.Tokens[e.FirstToken].Paragraph + 1;
        return new SpeakerResolution(e.Name, e.Role, Name, $"{referent.How}, named in paragraph {paragraph}", certainty);
    }
}

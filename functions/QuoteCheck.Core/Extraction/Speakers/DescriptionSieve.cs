namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>A definite description ("the mayor", "the company", "the Kentucky Republican"): the entity the article introduced with that role or type.</summary>
internal sealed class DescriptionSieve(ArticleDocument doc, DiscourseModel model) : ISpeakerSieve
{
    public string Name => "description";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        var a = query.Attribution;
        var first = a.MentionFrom;
        if (!doc.Tokens[first].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            return null;
        if (model.ReferentAt(first) is not { } referent)
            return null;
        var e = referent.Entity;
        var certainty = referent.GenderAgreed ? ResolutionCertainty.Inferred : ResolutionCertainty.Guessed;
        return new SpeakerResolution(e.Name, SpeakerRoles.InMention(doc, a) ?? SpeakerRoles.WithoutDeterminer(query.Mention), Name, referent.How, certainty);
    }
}

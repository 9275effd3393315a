namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>
/// A definite description ("the mayor", "the company", "the Kentucky Republican", "the two", "both"): the entity the
/// article introduced with that role or type, or the group of that many; or an organisation named by its owner
/// ("Clinton’s campaign", "his campaign").
/// </summary>
internal sealed class DescriptionSieve(ArticleDocument doc, DiscourseModel model) : ISpeakerSieve
{
    public string Name => "description";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        var a = query.Attribution;
        var first = a.MentionFrom;
        if (a.MentionTo > first && model.ReferentAt(query.Head) is { How: DiscourseModel.OwnerNamed or DiscourseModel.OwnerInferred } owned)
        {
            // "Clinton’s campaign said", "his campaign protested": the organisation its owner names
            return new SpeakerResolution(owned.Entity.Name, null, Name, owned.How,
                owned.How == DiscourseModel.OwnerNamed ? ResolutionCertainty.Linked : ResolutionCertainty.Inferred);
        }

        if (!doc.Tokens[first].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
            && !(a.MentionTo == first && doc.Tokens[first].Text.Equals("both", StringComparison.OrdinalIgnoreCase)))
            return null; // "the mayor", "the two"; "both" standing alone for two people named together
        if (model.ReferentAt(first) is not { } referent)
            return null;
        var e = referent.Entity;
        var certainty = referent.GenderAgreed ? ResolutionCertainty.Inferred : ResolutionCertainty.Guessed;
        return new SpeakerResolution(e.Name, SpeakerRoles.InMention(doc, a) ?? SpeakerRoles.WithoutDeterminer(query.Mention), Name, referent.How, certainty);
    }
}

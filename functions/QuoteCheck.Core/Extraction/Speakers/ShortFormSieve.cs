namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>An acronym or short name of an organisation the article spelled out ("DFO" → Department of Fisheries and Oceans): the spelled-out name.</summary>
internal sealed class ShortFormSieve(ArticleDocument doc, DiscourseModel model) : ISpeakerSieve
{
    public string Name => "short-form";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        if (model.EntityAt(query.Head) is not { Kind: EntityKind.Organisation } entity)
            return null;
        var word = doc.Tokens[query.Head].Text;
        var isShort = (entity.Acronym == word || model.ByAcronym(word) == entity) && entity.Words.Length > 1;
        if (!isShort)
            return null;
        return new SpeakerResolution(entity.Name, SpeakerRoles.InMention(doc, query.Attribution) ?? entity.Role, Name, $"short form of {entity.Name}", ResolutionCertainty.Linked);
    }
}

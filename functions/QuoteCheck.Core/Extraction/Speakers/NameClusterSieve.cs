namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>A mention whose head is a name: the fullest name of its cluster ("Peskov" → Dmitry Peskov; "Nicholson" → the Nicholson most in view).</summary>
internal sealed class NameClusterSieve(ArticleDocument doc, DiscourseModel model) : ISpeakerSieve
{
    public string Name => "name-cluster";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        if (model.EntityAt(query.Head) is not { } entity || entity.Kind == EntityKind.Group)
            return null;
        if (entity.Kind is not EntityKind.Person && model.PrefixOwnerAt(query.Head) is { Kind: EntityKind.Person } owner)
        {
            // "says Halifax cartoonist Ann Roe" with the mention on "Halifax": the place describes the person who speaks
            return new SpeakerResolution(owner.Name, owner.Role, Name, $"'{doc.Tokens[query.Head].Text}' describes {owner.Name}", ResolutionCertainty.Linked);
        }

        var role = SpeakerRoles.InMention(doc, query.Attribution) ?? entity.Role;
        var named = string.Equals(NameInMention(query, entity), entity.Name, StringComparison.Ordinal);
        return new SpeakerResolution(entity.Name, role, Name, named ? "named" : "fullest name in the article",
            named ? ResolutionCertainty.Stated : ResolutionCertainty.Linked);
    }

    private string NameInMention(SpeakerQuery query, Entity entity)
    {
        var from = query.Head;
        while (from - 1 >= query.Attribution.MentionFrom && model.EntityAt(from - 1) == entity)
            from--;
        var text = doc.Slice(from, query.Head);
        return NounPhrases.IsPossessive(text) ? text[..^2] : text;
    }
}

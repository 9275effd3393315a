namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>A mention whose head is a name: the fullest name of its cluster ("Peskov" → Dmitry Peskov; "Nicholson" → the Nicholson most in view).</summary>
internal sealed class NameClusterSieve(ArticleDocument doc, DiscourseModel model) : ISpeakerSieve
{
    public string Name => "name-cluster";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        if (model.EntityAt(query.Head) is not { } entity || entity.Kind == EntityKind.Group)
            return null;
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

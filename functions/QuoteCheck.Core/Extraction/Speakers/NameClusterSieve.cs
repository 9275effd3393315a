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

        var role = WithoutSurname(SpeakerRoles.InMention(doc, query.Attribution), entity) ?? entity.Role;
        var named = string.Equals(NameInMention(query, entity), entity.Name, StringComparison.Ordinal);
        return new SpeakerResolution(entity.Name, role, Name, named ? "named" : "fullest name in the article",
            named ? ResolutionCertainty.Stated : ResolutionCertainty.Linked);
    }

    /// <summary>
    /// The mention's role without the person's surname where a title word is that surname ("King", "Mr. King" of Charlie
    /// King say no role); null when nothing is left but a courtesy title or the name's other words ("Charlie King").
    /// </summary>
    private static string? WithoutSurname(string? role, Entity entity)
    {
        if (role is null || entity.Words.Length < 2 || !role.EndsWith(entity.Words[^1], StringComparison.Ordinal))
            return role;
        var rest = role[..^entity.Words[^1].Length];
        if (rest.Length > 0 && rest[^1] != ' ')
            return role; // "Kingsman"-like words end in the surname's letters without being it
        rest = rest.TrimEnd();
        if (rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => entity.Words.Contains(w, StringComparer.Ordinal)))
            return null; // "Charlie King": the rest is the name too
        return SpeakerRoles.IsCourtesyTitle(rest) ? null : rest;
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

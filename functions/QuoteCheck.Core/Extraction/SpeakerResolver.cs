namespace QuoteCheck.Core.Extraction;

/// <summary>The second stage of attribution: from a speaker mention ("he", "Peskov", "the company") to the canonical speaker the desk shows.</summary>
internal sealed class SpeakerResolver(ArticleDocument doc, NounPhrases phrases)
{
    private readonly EntityRegistry _registry = EntityRegistry.Build(doc, phrases);

    /// <summary>The canonical speaker, role and explanation for the attribution's mention; <c>Resolved</c> is false for a pronoun no one in the article fits.</summary>
    public (string Speaker, string? Role, string Resolution, bool Resolved) Resolve(Attribution attribution)
    {
        var tokens = doc.Tokens;
        var mention = doc.Slice(attribution.MentionFrom, attribution.MentionTo);
        if (phrases.IsPronoun(attribution.MentionFrom) && attribution.MentionFrom == attribution.MentionTo)
        {
            var gender = Lexicon.Pronouns[NounPhrases.WithoutContraction(tokens[attribution.MentionFrom].Text)];
            if (gender is 'm' or 'f')
            {
                var person = _registry.ResolvePronoun(attribution.MentionFrom, gender);
                if (person is not null)
                {
                    var which = gender == 'm' ? "male" : "female";
                    return (person.FullName, person.Role, $" (last {which} person named, paragraph {person.FirstParagraph + 1})", true);
                }
            }

            return (mention, null, " (unresolved pronoun)", false);
        }

        if (phrases.IsDeterminer(attribution.MentionFrom) && _registry.ResolveDescription(mention, attribution.MentionFrom) is { } described)
            return (described.FullName, described.Role, $" (description matches role '{described.Role}')", true);
        var named = _registry.Lookup(attribution.MentionFrom, attribution.MentionTo);
        if (named is not null)
        {
            var role = RoleInMention(attribution) ?? named.Role;
            return (named.FullName, role, named.FullName == mention ? string.Empty : " (fullest name in the article)", true);
        }

        return (mention, RoleInMention(attribution), string.Empty, true);
    }

    private string? RoleInMention(Attribution attribution)
    {
        var tokens = doc.Tokens;
        var last = -1;
        for (var t = attribution.MentionFrom; t <= attribution.MentionTo; t++)
        {
            if (Lexicon.TitleHeads.Contains(tokens[t].Text))
                last = t;
        }

        var from = attribution.MentionFrom;
        if (last < 0)
            return null;
        if (Lexicon.Determiners.Contains(tokens[from].Text))
            from++;
        return from <= last ? doc.Slice(from, last) : null;
    }
}

namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>
/// A description in apposition with a person's name: after it ("One Democrat, Montana Sen. Jon Tester, said") or
/// before it ("Ann Roe, Canada's ambassador to Peru, told"). The named person speaks; the description is the role.
/// </summary>
internal sealed class AppositiveNameSieve(ArticleDocument doc, DiscourseModel model) : ISpeakerSieve
{
    public string Name => "appositive-name";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        if (model.EntityAt(query.Head) is { Kind: EntityKind.Person })
            return null;
        if (query.Attribution.Appositive is { } appositive && appositive.From <= appositive.To
            && model.EntityAt(appositive.To) is { Kind: EntityKind.Person } person)
        {
            // the apposition ends on the name ("One Democrat, Montana Sen. Jon Tester, said"); a clause that only
            // mentions someone ("Others, reacting to the Van Dyke shooting, shouted") names nobody
            return new SpeakerResolution(person.Name, query.Mention, Name, "named in apposition", ResolutionCertainty.Linked);
        }

        var tokens = doc.Tokens;
        if (NamedAfter(query.Attribution.MentionTo) is { } after)
            return new SpeakerResolution(after.Name, query.Mention, Name, "named in apposition", ResolutionCertainty.Linked);

        // "Name, description[,]": the comma right before the description closes a person's name in the same sentence.
        var from = query.Attribution.MentionFrom;
        if (from >= 2 && tokens[from - 1].Is(',') && tokens[from - 2].Sentence == tokens[from].Sentence
            && model.EntityAt(from - 2) is { Kind: EntityKind.Person } named && !ListedBefore(from - 2) && !IsParentheticalSource(query.Attribution))
        {
            // "Ann Roe, who said": the relative pronoun stands for the name and is no role
            var relative = from == query.Attribution.MentionTo && tokens[from].Text is "who" or "which" or "that";
            return new SpeakerResolution(named.Name, relative ? null : query.Mention, Name, relative ? "the name the relative pronoun follows" : "named before the description", ResolutionCertainty.Linked);
        }

        return null;
    }

    /// <summary>
    /// True when the description is the subject of its own speech verb with no comma between ("Clinton, a top aide
    /// said, “is confident”"): a source set into the sentence about the name, not the name's apposition ("Ann Roe, a top
    /// aide, said").
    /// </summary>
    private bool IsParentheticalSource(Attribution a)
    {
        var tokens = doc.Tokens;
        var next = a.MentionTo + 1;
        return next < tokens.Length && next == a.CueFrom && tokens[next].IsWord && Lexicon.IsSpeechVerb(tokens[next].Text)
            && next + 1 < tokens.Length && tokens[next + 1].Is(',');
    }

    /// <summary>
    /// The person named between commas right after a description ending at <paramref name="to"/> ("A former director,
    /// Sean Dunphy, launched …"), where the sieve that found the mention did not keep the apposition; not an item of a
    /// list ("the mayor, Ann Roe, and Bo Lin", "the mayor, Ann Roe, Bo Lin").
    /// </summary>
    private Entity? NamedAfter(int to)
    {
        var tokens = doc.Tokens;
        if (to + 2 >= tokens.Length || !tokens[to + 1].Is(','))
            return null;
        var start = to + 2;
        while (start < tokens.Length && start < to + 5 && model.EntityAt(start) is null && tokens[start].IsCapitalized)
            start++; // a title or place before the name ("Montana Sen. Jon Tester")
        if (start >= tokens.Length || model.EntityAt(start) is not { Kind: EntityKind.Person } named
            || tokens[start].Sentence != tokens[to].Sentence || ReferenceEquals(model.EntityAt(to), named))
            return null;
        var end = start;
        while (end + 1 < tokens.Length && ReferenceEquals(model.EntityAt(end + 1), named))
            end++;
        if (end + 1 >= tokens.Length || !tokens[end + 1].Is(',') || end + 2 >= tokens.Length)
            return null;
        var next = tokens[end + 2];
        return next.IsWord && (next.Text is "and" or "or" || model.EntityAt(end + 2) is { Kind: EntityKind.Person }) ? null : named;
    }

    /// <summary>True when the name ending at <paramref name="end"/> is itself an item of a list ("Ann Roe, Bo Lin, the mayor …").</summary>
    private bool ListedBefore(int end)
    {
        var tokens = doc.Tokens;
        var t = end;
        while (t > 0 && model.EntityAt(t - 1) is { } same && ReferenceEquals(same, model.EntityAt(end)) && tokens[t - 1].Sentence == tokens[end].Sentence)
            t--;
        return t >= 1 && (tokens[t - 1].Is(',') || (tokens[t - 1].IsWord && tokens[t - 1].Text is "and" or "or"));
    }
}

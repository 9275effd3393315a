namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>A description with a person's name in apposition ("One Democrat, Montana Sen. Jon Tester, said"): the named person speaks, the description is the role.</summary>
internal sealed class AppositiveNameSieve(DiscourseModel model) : ISpeakerSieve
{
    public string Name => "appositive-name";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        if (query.Attribution.Appositive is not { } appositive || model.EntityAt(query.Head) is { Kind: EntityKind.Person })
            return null;
        for (var t = appositive.To; t >= appositive.From; t--)
        {
            if (model.EntityAt(t) is { Kind: EntityKind.Person } person)
                return new SpeakerResolution(person.Name, query.Mention, Name, "named in apposition", ResolutionCertainty.Linked);
        }

        return null;
    }
}

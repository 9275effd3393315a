namespace QuoteCheck.Core.Linking;

/// <summary>How a quote relates to another quote it is linked with.</summary>
public enum LinkRelation
{
    /// <summary>The same words once case, quotation marks, punctuation and spacing are set aside.</summary>
    Same,

    /// <summary>The same quote with a few words cut, changed or added (resemblance at or above the threshold), whoever it is attributed to.</summary>
    Variant,

    /// <summary>A shorter quote lying inside the other, attributed to the same speaker.</summary>
    PartOf,

    /// <summary>A longer quote with the other inside it, attributed to the same speaker.</summary>
    Contains,
}

/// <summary>The wire names of <see cref="LinkRelation"/>.</summary>
public static class LinkRelations
{
    /// <summary><c>same</c>, <c>variant</c>, <c>partOf</c> or <c>contains</c>.</summary>
    public static string ToWireName(this LinkRelation relation) => relation switch
    {
        LinkRelation.Same => "same",
        LinkRelation.Variant => "variant",
        LinkRelation.PartOf => "partOf",
        LinkRelation.Contains => "contains",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, null),
    };

    /// <summary>Reads a stored or wire name; unknown names give null.</summary>
    public static LinkRelation? Parse(string? name) => name switch
    {
        "same" or "Same" => LinkRelation.Same,
        "variant" or "Variant" => LinkRelation.Variant,
        "partOf" or "PartOf" => LinkRelation.PartOf,
        "contains" or "Contains" => LinkRelation.Contains,
        _ => null,
    };

    /// <summary>How strongly a relation ties two quotes, for choosing the best of several: same over variant over part.</summary>
    public static int Strength(this LinkRelation relation) => relation switch
    {
        LinkRelation.Same => 3,
        LinkRelation.Variant => 2,
        _ => 1,
    };
}

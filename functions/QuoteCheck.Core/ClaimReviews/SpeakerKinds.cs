using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.ClaimReviews;

/// <summary>Whether a canonical speaker is a person or an organisation, as schema.org types a claim's author.</summary>
public enum SpeakerKind
{
    /// <summary>schema.org <c>Person</c>.</summary>
    Person,

    /// <summary>schema.org <c>Organization</c>.</summary>
    Organization,
}

/// <summary>Tells organisations from people by their canonical names.</summary>
public static class SpeakerKinds
{
    // Institutions named by a building, a city or a single word, which carry no organisation head word.
    private static readonly HashSet<string> Institutions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Kremlin", "Pentagon", "Elysee", "Élysée", "Quai d'Orsay", "Whitehall", "Downing Street", "White House", "State Department",
        "Government", "Presidency", "Commission", "Parliament", "Congress", "Senate", "Police", "Army", "Navy", "Cabinet",
    };

    /// <summary>
    /// An organisation when the name carries an organisation's head word ("Ministry of Transport", "Nordic Energy
    /// Group", "World Health Organization"), is an institution named by its seat ("the Kremlin"), an acronym ("NATO"),
    /// or starts with "the"; otherwise a person.
    /// </summary>
    public static SpeakerKind Classify(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return SpeakerKind.Organization;
        }

        if (Institutions.Contains(trimmed))
        {
            return SpeakerKind.Organization;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var bare = word.Trim(',', '.', '(', ')');
            if (Lexicon.OrganisationHeads.Contains(bare) || Institutions.Contains(bare))
            {
                return SpeakerKind.Organization;
            }
        }

        return words.Length == 1 && words[0].Length is >= 2 and <= 6 && words[0].All(char.IsUpper) ? SpeakerKind.Organization : SpeakerKind.Person;
    }
}

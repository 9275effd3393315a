namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>How sure a sieve is of the canonical speaker it gives; it lowers the quote's confidence.</summary>
internal enum ResolutionCertainty
{
    /// <summary>The mention names the speaker ("Ann Roe said").</summary>
    Stated,

    /// <summary>The text links the mention to a name: same cluster, a defined short form, an appositive name, an issuer named beside a document.</summary>
    Linked,

    /// <summary>Inferred from the discourse: a pronoun whose gender agrees, a description matching a role the article gave.</summary>
    Inferred,

    /// <summary>A weaker inference: gender not shown, a description matched by type only, an issuer from an earlier document.</summary>
    Guessed,

    /// <summary>A description kept as written ("a spokesperson", "officials"): nobody in the article is named for it.</summary>
    AsWritten,

    /// <summary>A pronoun nobody in the article fits.</summary>
    Unresolved,
}

/// <summary>The canonical speaker for a mention, the sieve that chose it and why.</summary>
internal sealed record SpeakerResolution(string Speaker, string? Role, string Sieve, string Explanation, ResolutionCertainty Certainty);

/// <summary>A speaker mention to resolve: the attribution, and the mention's head token (its last word before a parenthesis).</summary>
internal sealed record SpeakerQuery(Attribution Attribution, int Head, string Mention);

/// <summary>One mention → speaker sieve; the resolver asks them in order and the first answer wins.</summary>
internal interface ISpeakerSieve
{
    /// <summary>The sieve's name, as the evidence shows it.</summary>
    string Name { get; }

    /// <summary>The speaker this sieve is confident of, or null to pass the mention to the next sieve.</summary>
    SpeakerResolution? Resolve(SpeakerQuery query);
}

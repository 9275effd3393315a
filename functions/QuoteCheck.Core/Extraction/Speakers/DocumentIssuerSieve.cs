namespace QuoteCheck.Core.Extraction.Speakers;

/// <summary>
/// A document as the speaker ("a statement from the union", "her statement", "the Heritage Foundation website", "a report by
/// Ann Roe"): whoever issued it, where the text says so beside it; else the issuer of the same kind of document the
/// article last attributed; a statement credited to nobody ("A statement said") to the organisation named just before it.
/// </summary>
internal sealed class DocumentIssuerSieve(ArticleDocument doc, NounPhrases phrases, DiscourseModel model) : ISpeakerSieve
{
    private const int MaxIssuerDistance = 10;

    /// <summary>How far back (tokens) "the report" looks for the report the article introduced with its issuer.</summary>
    private const int MaxEarlierDocumentDistance = 300;

    /// <summary>How many earlier documents of the kind "the report" weighs, latest first.</summary>
    private const int MaxEarlierDocuments = 3;

    /// <summary>How far back from a speech verb its subject is read: a name and an apposition ("Ann Roe, a researcher at Acme,").</summary>
    private const int MaxReporterDistance = 16;

    public string Name => "document-issuer";

    public SpeakerResolution? Resolve(SpeakerQuery query)
    {
        var tokens = doc.Tokens;
        var a = query.Attribution;
        var noun = Strip(tokens[query.Head].Text);
        if (!Lexicon.DocumentNouns.Contains(noun))
            return null;
        var first = a.MentionFrom;
        var firstWord = tokens[first].Text.ToLowerInvariant();
        if (firstWord is "his" or "her" or "its" or "their" && model.ReferentAt(first) is { } owner)
            return Issued(owner.Entity.Name, query, $"'{tokens[first].Text}' \u2192 {owner.Entity.Name} ({owner.How})", ResolutionCertainty.Inferred);
        if (IssuerBefore(query.Head, first) is var (within, possessed))
            return Issued(within, query, possessed ? $"the possessor in '{query.Mention}'" : $"named in '{query.Mention}'", ResolutionCertainty.Linked);

        if (IssuerAfter(query.Head, a.CueFrom, a.CueTo) is { } issuer)
            return Issued(issuer, query, $"issued by {issuer}", ResolutionCertainty.Linked);
        if (firstWord is "the" && EarlierIssuer(first, noun) is { } earlier)
            return Issued(earlier.Issuer, query, $"the {earlier.Noun} of paragraph {tokens[earlier.Head].Paragraph + 1}, issued by {earlier.Issuer}", ResolutionCertainty.Inferred);
        if (Lexicon.StatementNouns.Contains(noun) && tokens[first].Text.ToLowerInvariant() is "a" or "an" or "the" && model.OrganisationInView(first) is { } inView)
            return Issued(inView.Name, query, "the organisation named just before it", ResolutionCertainty.Guessed); // "Gatsby said … A statement said"
        return null;
    }

    /// <summary>
    /// "The report said", with no issuer beside it: the issuer of the latest document of the same kind the article named
    /// with one in the paragraphs before ("A study by the School of Public Policy found …" → the school), looked for
    /// within a bounded distance.
    /// </summary>
    private (string Issuer, string Noun, int Head)? EarlierIssuer(int before, string noun)
    {
        var tokens = doc.Tokens;
        var kind = DocumentKind(noun);
        var seen = 0;
        for (var t = before - 1; doc.Work.Tick() && t >= 0 && t >= before - MaxEarlierDocumentDistance && seen < MaxEarlierDocuments; t--)
        {
            var tok = tokens[t];
            if (!tok.IsWord || tok.Quote >= 0 || !Lexicon.DocumentNouns.Contains(Strip(tok.Text)) || DocumentKind(Strip(tok.Text).ToLowerInvariant()) != kind)
                continue;
            seen++;
            var from = t;
            while (from > 0 && from > t - 4 && tokens[from - 1].IsWord && tokens[from - 1].Quote < 0 && tokens[from - 1].Sentence == tok.Sentence
                && !Lexicon.Prepositions.Contains(tokens[from - 1].Text) && !phrases.IsCue(from - 1))
                from--;
            if (ReporterOf(from) is { } reporter)
                return (reporter.Name, tok.Text, t); // "Jason Schultz … stated in the company’s blog post": the one who spoke in it
            if (IssuerBefore(t, from) is var (within, _))
                return (within, tok.Text, t);
            if (IssuerAfter(t, -1, -1) is { } issuer)
                return (issuer, tok.Text, t); // "a study by the School of Public Policy"
        }

        return null;
    }

    /// <summary>
    /// The person or organisation who spoke "in" the document phrase starting at <paramref name="from"/> (<c>Ann Roe, a
    /// researcher at Acme, said in the company’s blog post</c>, <c>Acme said Friday in a statement</c>): the subject of the
    /// speech verb right before "in", read back a bounded distance in its sentence past an apposition's prepositional
    /// phrase ("at Acme"); null when the document is not the one a speech verb says it was said in.
    /// </summary>
    private Entity? ReporterOf(int from)
    {
        var tokens = doc.Tokens;
        var inAt = from - 1;
        if (inAt < 1 || tokens[inAt].Text is not "in")
            return null;
        var verb = inAt - 1;
        if (!phrases.IsCue(verb) && verb > 0 && Lexicon.CalendarWords.Contains(tokens[verb].Text))
            verb--; // "said Friday in a statement"
        if (verb < 0 || !phrases.IsCue(verb))
            return null;
        for (var k = verb - 1; doc.Work.Tick() && k >= 0 && k >= verb - MaxReporterDistance; k--)
        {
            if (tokens[k].Sentence != tokens[verb].Sentence || tokens[k].Quote >= 0)
                return null;
            if (model.EntityAt(k) is not { Kind: EntityKind.Person or EntityKind.Organisation } e)
                continue;
            var start = k;
            while (start > 0 && ReferenceEquals(model.EntityAt(start - 1), e))
                start--;
            if (start > 0 && tokens[start - 1].IsWord && Lexicon.Prepositions.Contains(tokens[start - 1].Text))
            {
                k = start;
                continue; // "a researcher at Acme": the object of a preposition is not the verb's subject
            }

            return e;
        }

        return null;
    }

    /// <summary>
    /// The issuer named inside a document's own phrase, before its head noun from <paramref name="from"/>: an entity
    /// ("a Health Canada report", "Ann Roe's statement") or a possessor ("the union's statement", then
    /// <c>Possessed</c> is true), the possessor first ("Roe's Facebook post" is Roe's).
    /// </summary>
    private (string Issuer, bool Possessed)? IssuerBefore(int head, int from)
    {
        var tokens = doc.Tokens;
        for (var t = head - 1; t >= from; t--)
        {
            // "Roe's Facebook post", "Lin's CNN interview": the possessor owns the document, the platform only carries it
            if (NounPhrases.IsPossessive(tokens[t].Text) && ResolvePhrase(Math.Max(from, t - 3), t) is { } possessor)
                return (possessor, true);
        }

        for (var t = head - 1; t >= from; t--)
        {
            if (model.EntityAt(t) is { Kind: not EntityKind.Place } named)
                return (named.Name, false);
        }

        return null;
    }

    /// <summary>Documents one "the …" can take up for another: a report is a study or an analysis, a memo a note, a post a blog.</summary>
    private static string DocumentKind(string noun) => noun switch
    {
        "report" or "reports" or "study" or "studies" or "survey" or "poll" or "analysis" or "review" or "audit" or "paper" => "report",
        "memo" or "memorandum" or "note" => "memo",
        "post" or "blog" or "tweet" or "tweets" => "post",
        "statement" or "statements" or "release" => "statement",
        "email" or "e-mail" or "emails" or "message" => "email",
        _ => noun,
    };

    /// <summary>"a statement <i>from</i> the EU", "a report <i>by</i> Ann Roe", "a statement e-mailed to the paper <i>by</i> Bo Lin".</summary>
    private string? IssuerAfter(int head, int cueFrom, int cueTo)
    {
        var tokens = doc.Tokens;
        for (var t = head + 1; t < tokens.Length && t <= head + MaxIssuerDistance; t++)
        {
            var tok = tokens[t];
            if (tok.Quote >= 0 || tok.Sentence != tokens[head].Sentence || (t >= cueFrom && t <= cueTo) || phrases.IsCue(t))
                return null;
            if (tok.Text is not ("from" or "by"))
                continue;
            if (tokens[t - 1].Text is "obtained" or "seen" or "reviewed" or "received" or "acquired" or "viewed" or "leaked" or "intercepted")
                return null; // "the memo obtained by The Globe": the one who got it, not the one who wrote it
            if (phrases.StartingAt(t + 1) is { } np)
                return ResolvePhrase(np.From, np.To);
            return null;
        }

        return null;
    }

    /// <summary>The entity a phrase names or describes, else the phrase as written.</summary>
    private string? ResolvePhrase(int from, int to)
    {
        for (var t = to; t >= from; t--)
        {
            if (model.EntityAt(t) is { } e)
                return e.Name;
        }

        if (model.ReferentAt(from) is { } described)
            return described.Entity.Name;
        var tokens = doc.Tokens;
        var start = to;
        while (start > from && tokens[start - 1].IsWord && !Lexicon.IsStop(tokens[start - 1].Text))
            start--;
        var text = doc.Slice(start, to);
        return text.Length == 0 ? null : NounPhrases.IsPossessive(text) ? text[..^2] : text;
    }

    private SpeakerResolution Issued(string issuer, SpeakerQuery query, string why, ResolutionCertainty certainty) =>
        new(issuer, null, Name, $"{SpeakerRoles.WithoutDeterminer(query.Mention)} issued by {issuer}: {why}", certainty);

    private static string Strip(string word) => NounPhrases.IsPossessive(word) ? word[..^2] : word;
}

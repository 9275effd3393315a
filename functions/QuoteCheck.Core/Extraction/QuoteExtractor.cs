using System.Globalization;
using QuoteCheck.Core.Extraction.Speakers;

namespace QuoteCheck.Core.Extraction;

/// <summary>Extractor of direct and partial quotes and their speakers from English news text.</summary>
/// <remarks>
/// Three stages over one shared document: every pair of quotation marks is a candidate; an ordered list of
/// quote → mention sieves finds the words that name its speaker (the first answer wins); a committed tree classifier,
/// trained by <c>quotecheck train</c>, decides from named features whether the span is a quote to report and how
/// likely its attribution is right (its confidence); then the mention → speaker stage names the canonical speaker.
/// A quote split around its attribution (<c>"First," she said, "second."</c>) is reported as two quotes, one per
/// span, with the same speaker mention; a quote running over paragraphs is one quote. The extractor is stateless and
/// thread-safe, and runs in time linear in the text length.
/// </remarks>
public sealed class QuoteExtractor : IQuoteExtractor
{
    /// <summary>The quote → mention sieves, in the order they are asked; the first answer wins.</summary>
    private static readonly IMentionSieve[] MentionSieves =
    [
        new TranscriptLabelSieve(),
        new ColonIntroductionSieve(),
        new OpenQuoteTrailingCueSieve(),
        new LeadingCueSieve(),
        new TrailingCueSieve(),
        new SentenceCueSieve(),
        new LaterCueSieve(),
        new ConversationSieve(),
        new StanceSubjectSieve(),
    ];

    private const string MentionRanker = "mention-ranker";

    private readonly QuoteModel? _model;

    /// <summary>An extractor with the committed quote classifier.</summary>
    public QuoteExtractor()
        : this(QuoteModelJson.Embedded)
    {
    }

    /// <summary>An extractor with the given quote classifier, or with none (every attributed span that is not a title is reported).</summary>
    public QuoteExtractor(QuoteModel? model)
    {
        if (model is not null && (!model.Features.SequenceEqual(QuoteFeatures.Names) || (model.Mention is not null && !model.MentionFeatures.SequenceEqual(MentionFeatures.Names))))
            throw new ArgumentException("The model was trained on other features than the extractor computes; retrain it with 'quotecheck train'.", nameof(model));
        _model = model;
    }

    /// <inheritdoc />
    public string Version => _model is null ? "sieves-5" : "sieves-5+trees";

    /// <inheritdoc />
    public IReadOnlyList<ExtractedQuote> Extract(string text, CancellationToken cancellationToken = default)
    {
        var results = new List<ExtractedQuote>();
        Run(text, results, null, cancellationToken);
        return results;
    }

    /// <summary>Extracts as <see cref="Extract(string, CancellationToken)"/> does, and says how many loop steps it took (for tests of linear work).</summary>
    internal IReadOnlyList<ExtractedQuote> Extract(string text, out long steps, CancellationToken cancellationToken)
    {
        var results = new List<ExtractedQuote>();
        steps = Run(text, results, null, cancellationToken);
        return results;
    }

    /// <summary>
    /// Every quoted span the classifier judges, with the mention the sieves gave it and its feature vector, whether or
    /// not it would be reported: what <c>quotecheck train</c> learns from.
    /// </summary>
    public IReadOnlyList<QuoteCandidate> Candidates(string text, CancellationToken cancellationToken = default)
    {
        var candidates = new List<QuoteCandidate>();
        Run(text, null, candidates, cancellationToken);
        return candidates;
    }

    /// <summary>Runs the stages over <paramref name="text"/>; returns the loop steps taken.</summary>
    private long Run(string text, List<ExtractedQuote>? results, List<QuoteCandidate>? candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var doc = ArticleDocument.Parse(text);
        try
        {
            return RunStages(doc, results, candidates, cancellationToken);
        }
        finally
        {
            doc.ReturnBuffers();
        }
    }

    /// <summary>Runs the stages after parsing over <paramref name="doc"/>; returns the loop steps taken.</summary>
    private long RunStages(ArticleDocument doc, List<ExtractedQuote>? results, List<QuoteCandidate>? candidates, CancellationToken cancellationToken)
    {
        var text = doc.Text;
        cancellationToken.ThrowIfCancellationRequested();
        var phrases = new NounPhrases(doc);
        var context = new QuoteContext(doc, new AttributionFinder(doc, phrases));
        SpeakerResolver? resolver = null; // the discourse model is built for the first quote reported, not for an article with none
        var scratch = new Scratch();
        var budget = ModelBudget.For(text.Length);
        for (var q = 0; q < doc.Quotes.Count; q++)
        {
            if ((q & 63) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var span = doc.Quotes[q];
            if (doc.Paragraphs[span.Paragraph].Excluded || span.ContentEnd - span.ContentStart < 1 || (span.SingleMarks && doc.HasDoubleQuotes))
                continue;
            context.MoveTo(q);
            var title = IsTitle(doc, q);
            var trace = candidates is null ? null : new List<MentionChoice>();
            var learned = candidates is not null || budget.TryTake();
            var attribution = title && (_model is null || !learned) ? null : Attribute(context, phrases, scratch, learned, trace);
            context.Record(title ? null : attribution);
            if (learned)
                QuoteFeatures.Compute(context, attribution, title, scratch.Features);
            var (report, confidence) = Judge(attribution, title, phrases, learned ? scratch.Features : null, doc.Work);
            if (attribution?.Continues is { } continued)
                confidence = Math.Min(confidence, context.ConfidenceOf(continued)); // a continuation is no surer than what it continues
            context.RecordConfidence(confidence);
            if (report && attribution is not null && results is not null)
                results.Add(Build(doc, resolver ??= new SpeakerResolver(doc, phrases), phrases, span, Shown(attribution, phrases), q, confidence));
            candidates?.Add(new QuoteCandidate(span.ContentStart, span.ContentEnd,
                attribution is null ? null : doc.Tokens[attribution.MentionFrom].Start, attribution is null ? null : doc.Tokens[attribution.MentionTo].End,
                attribution?.Sieve, [.. scratch.Features], report) { Mentions = trace ?? [] });
        }

        return doc.Work.Steps;
    }

    /// <summary>
    /// The attribution as reported: its mention carried on past a capitalised modifier it stopped at ("Democratic
    /// presidential candidate Bernie Sanders", "Multiple news reports"); or cut before a verb the phrase ran into ("the
    /// campaign sent out"), at a possessor ("Rubio's catch phrase"), or after a verb inverted before it after the quote
    /// ("…," quipped Green), which is then the cue.
    /// </summary>
    private static Attribution Shown(Attribution attribution, NounPhrases phrases)
    {
        var shown = attribution;
        var speechCue = phrases.IsSpeechOrStanceWord(attribution.CueFrom);
        if (phrases.CompletedEnd(shown.MentionFrom, shown.MentionTo, speechCue ? attribution.CueFrom : -1) is var whole && whole != shown.MentionTo)
        {
            shown = shown with { MentionTo = whole }; // "said Republican party boss Reince Priebus", not "Republican"; a ranked mention's "cue" is only the word after it
        }
        else if (phrases.ReportedEnd(shown.MentionFrom, shown.MentionTo) is var to && to != shown.MentionTo)
        {
            shown = shown with { MentionTo = to };
            var cueInside = attribution.CueFrom >= attribution.MentionFrom && attribution.CueTo <= attribution.MentionTo;
            if (phrases.IsPossessiveAt(to))
            {
                if (cueInside || !speechCue)
                    shown = shown with { CueFrom = to, CueTo = to }; // "Rubio's catch phrase": the noun after the possessor is no cue
            }
            else if (phrases.IsLowerWord(to + 1) && attribution.CueFrom > attribution.MentionTo && !speechCue)
            {
                // the verb the phrase ran into is the cue when the sieve's cue after it is none ("The document states
                // that"), not when it is ("The campaign sent a letter, saying")
                shown = shown with { CueFrom = to + 1, CueTo = to + 1 };
            }
        }

        if (phrases.JoinedNameBefore(shown.MentionFrom) is { } joined && shown.CueFrom >= shown.MentionTo)
            shown = shown with { MentionFrom = joined }; // "Ann Roe and Bo Tate said": both speak
        var noCue = shown.CueFrom >= shown.MentionFrom && shown.CueTo <= shown.MentionTo; // "…," retired general Lloyd Newton said: "said" is the cue, "retired" stays
        if (noCue && phrases.ReportedStart(shown.MentionFrom, shown.MentionTo) is var from && from != shown.MentionFrom)
            shown = shown with { MentionFrom = from, CueFrom = shown.MentionFrom, CueTo = shown.MentionFrom };
        return shown;
    }

    /// <summary>Whether to report the span, and the confidence that its attribution is right.</summary>
    /// <remarks>Without a classifier, or past the document's model budget (<paramref name="features"/> null), the rules decide.</remarks>
    private (bool Report, double Confidence) Judge(Attribution? attribution, bool title, NounPhrases phrases, float[]? features, WorkMeter work)
    {
        if (attribution is null)
            return (false, 0);
        if (_model?.Span is null || _model.EndToEnd is null || features is null)
            return (!title, RuleConfidence(attribution, phrases));
        work.Add(_model.Span.Trees.Count + _model.EndToEnd.Trees.Count);
        var confidence = _model.EndToEnd.Probability(features);
        return (_model.Span.Probability(features) >= _model.ReportThreshold && confidence >= _model.MinimumConfidence, confidence);
    }

    /// <summary>
    /// Asks the sieves; the first answer wins unless the mention ranker, weighing every sieve's answer and the clause
    /// subjects around the quote, prefers another candidate: the model's order (LambdaMART) chooses, when it has one,
    /// and the binary ranker gives the chosen candidate's probability. Without a ranker, or past the model budget
    /// (<paramref name="learned"/> false), the sieves stop at the first answer.
    /// </summary>
    private Attribution? Attribute(QuoteContext context, NounPhrases phrases, Scratch scratch, bool learned, List<MentionChoice>? trace)
    {
        var ranker = _model?.Mention;
        var weighs = learned && (ranker is not null || trace is not null);
        var first = AskSieves(context, phrases, scratch.Answers, stopAtFirstAnswer: !weighs);
        if (!weighs)
            return first < 0 ? null : scratch.Answers[first];
        MentionCandidates.Collect(context, phrases, scratch.Answers, scratch.Mentions);
        MentionCandidate? best = null;
        var bestScore = double.NegativeInfinity;
        var order = _model?.MentionOrder ?? ranker;
        var separateOrder = !ReferenceEquals(order, ranker);
        int before = 0, after = 0;
        foreach (var candidate in scratch.Mentions)
        {
            var rank = candidate.To < context.Doc.QuoteOpenToken[context.Quote] ? before++ : after++;
            MentionFeatures.Compute(context, phrases, candidate, rank, first, scratch.MentionFeatures);
            trace?.Add(new MentionChoice(context.Doc.Tokens[candidate.From].Start, context.Doc.Tokens[candidate.To].End, [.. scratch.MentionFeatures]));
            if (order is null)
                continue;
            double score;
            if (separateOrder && scratch.Mentions.Count == 1)
            {
                score = 0; // a lone candidate is chosen whatever the order says; the ranker below gives its probability
            }
            else
            {
                context.Doc.Work.Add(order.Trees.Count);
                score = separateOrder ? order.Score(scratch.MentionFeatures) : order.Probability(scratch.MentionFeatures); // the order's margin ranks as its logistic does
            }

            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
                scratch.MentionFeatures.CopyTo(scratch.BestMentionFeatures, 0);
            }
        }

        if (best is not null && ranker is not null && separateOrder)
        {
            context.Doc.Work.Add(ranker.Trees.Count);
            bestScore = ranker.Probability(scratch.BestMentionFeatures); // the order chose; the calibrated ranker says how likely it is right
        }

        var firstAnswer = first < 0 ? null : scratch.Answers[first];
        if (ranker is null || best is null)
            return firstAnswer;
        if (firstAnswer is not null && ((best.ProposedBy & (1 << first)) != 0 || Overlaps(best, firstAnswer)))
            return firstAnswer with { MentionScore = bestScore }; // the first answer, or a longer phrase around it
        return (best.Answer ?? AsAttribution(context.Doc.Tokens, phrases, best)) with { Sieve = MentionRanker, MentionScore = bestScore };
    }

    /// <summary>Asks each sieve in order, writing every answer (the part of its mention that can name a speaker, if any) into <paramref name="answers"/>; returns the first that answered, or -1.</summary>
    private static int AskSieves(QuoteContext context, NounPhrases phrases, Attribution?[] answers, bool stopAtFirstAnswer)
    {
        Array.Clear(answers);
        var first = -1;
        for (var i = 0; i < MentionSieves.Length; i++)
        {
            answers[i] = MentionSieves[i].Find(context) is { } found && phrases.SpeakerPart(found.MentionFrom, found.MentionTo) is { } part
                ? found with { MentionFrom = part.From, MentionTo = part.To, Sieve = MentionSieves[i].Name }
                : null;
            if (first < 0 && answers[i] is not null)
            {
                first = i;
                if (stopAtFirstAnswer)
                    break;
            }
        }

        return first;
    }

    /// <summary>The buffers one document's quotes reuse.</summary>
    private sealed class Scratch
    {
        public float[] Features { get; } = new float[QuoteFeatures.Count];

        public Attribution?[] Answers { get; } = new Attribution?[MentionSieves.Length];

        public List<MentionCandidate> Mentions { get; } = new(MentionCandidates.Max);

        public float[] MentionFeatures { get; } = new float[Extraction.MentionFeatures.Count];

        public float[] BestMentionFeatures { get; } = new float[Extraction.MentionFeatures.Count];
    }

    private static bool Overlaps(MentionCandidate candidate, Attribution answer) =>
        candidate.From <= answer.MentionTo && answer.MentionFrom <= candidate.To;

    /// <summary>A ranked candidate no sieve proposed, as an attribution: the verb put before it after the quote ("beamed Ann Roe") or else the verb after it (past auxiliaries) is its cue.</summary>
    private static Attribution AsAttribution(Token[] tokens, NounPhrases phrases, MentionCandidate candidate)
    {
        if (MentionCandidates.IsInvertedVerb(tokens, candidate.From - 1))
            return new Attribution(candidate.From, candidate.To, candidate.From - 1, candidate.From - 1, Rules.RankedMention, phrases.IsCue(candidate.From - 1)); // "“…,” beamed Ann Roe"
        var cue = candidate.To + 1;
        while (cue < tokens.Length && cue < candidate.To + 4 && tokens[cue].IsWord && Lexicon.IsAuxiliary(tokens[cue].Text))
            cue++;
        if (cue >= tokens.Length || !tokens[cue].IsWord || tokens[cue].Quote >= 0)
            cue = candidate.To;
        return new Attribution(candidate.From, candidate.To, cue, cue, Rules.RankedMention, phrases.IsCue(cue));
    }

    /// <summary>True for a short Title Case quote after a preposition, article or possessive: a work or programme name.</summary>
    private static bool IsTitle(ArticleDocument doc, int q)
    {
        var tokens = doc.Tokens;
        var open = doc.QuoteOpenToken[q];
        var close = doc.QuoteCloseToken[q];
        if (open == 0 || close - open - 1 > 8)
            return false;
        var before = tokens[open - 1];
        var pluralPossessive = before.Text is "\u2019" or "'" && open > 1 && tokens[open - 2].IsWord && tokens[open - 2].Text.EndsWith('S'); // on CBS’ “Face the Nation”
        var introduces = pluralPossessive || (before.IsWord && (Lexicon.Determiners.Contains(before.Text) || before.Text is "on" or "in" or "of" or "at" or "during" or "for" or "titled" or "entitled" or "to"
            || before.Text.EndsWith("'s", StringComparison.Ordinal) || before.Text.EndsWith("\u2019s", StringComparison.Ordinal)));
        if (!introduces)
            return false;
        for (var t = open + 1; t < close; t++)
        {
            var w = tokens[t];
            if (w.IsWord && char.IsLower(w.Text[0]) && w.Text.Length > 3)
                return false;
        }

        // "Trump proclaimed a goal of “Peace Through Strength.”": a slogan a speech verb just introduced is said, not a title
        if (before.Text is "of" || Lexicon.Determiners.Contains(before.Text))
        {
            for (var t = open - 2; t >= 0 && t >= open - 4 && tokens[t].Sentence == tokens[open].Sentence; t--)
            {
                if (tokens[t].IsWord && tokens[t].Quote < 0 && Lexicon.IsSpeechVerb(tokens[t].Text) && !tokens[t].Text.EndsWith("ing", StringComparison.Ordinal))
                    return false;
            }
        }

        return true;
    }

    private static ExtractedQuote Build(ArticleDocument doc, SpeakerResolver resolver, NounPhrases phrases, QuoteSpan span, Attribution attribution, int q, double confidence)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        // "A statement from the EU said": the mention shown runs on to the document's issuer, so the desk sees who
        var mentionTo = attribution.MentionTo < attribution.CueFrom ? phrases.IssuerEnd(attribution.MentionTo, attribution.CueFrom) : attribution.MentionTo;
        var mention = doc.Slice(attribution.MentionFrom, mentionTo);
        var mentionStart = tokens[attribution.MentionFrom].Start;
        var mentionEnd = tokens[mentionTo].End;
        var resolution = resolver.Resolve(attribution);
        if (resolution.Certainty == ResolutionCertainty.AsWritten && attribution.MentionFrom == mentionTo && tokens[mentionTo].Text is not ("who" or "which" or "that")
            && phrases.DescriptionEndingAt(mentionTo) is { } description && description != mentionTo)
        {
            // a bare head the chunker cut from its description ("candidate" of "the Democratic presidential candidate"):
            // the desk sees the description whole, resolved as a whole (the person the article introduced so, or the
            // one most in view), or as written when nobody is named for it either
            mention = doc.Slice(description, mentionTo);
            mentionStart = tokens[description].Start;
            resolution = resolver.ResolveDescription(attribution with { MentionFrom = description }) ?? resolution with { Speaker = mention };
        }

        var speaker = resolution.Speaker;
        var role = resolution.Role;
        if (attribution.Appositive is { } appositive && appositive.From <= appositive.To && role is null && IsRolePhrase(tokens, appositive.From, appositive.To))
            role = doc.Slice(appositive.From, appositive.To);
        // a mention no verb follows ("… Texas delegate Bill Eastland “…”") keeps its own last word as the cue: the quote has none to show
        var hasCue = attribution.CueFrom < attribution.MentionFrom || attribution.CueTo > attribution.MentionTo;
        var cue = hasCue ? doc.Slice(attribution.CueFrom, attribution.CueTo) : null;
        var kind = KindOf(doc, q, attribution);
        confidence -= resolution.Certainty switch
        {
            ResolutionCertainty.Unresolved => 0.15, // a pronoun no one in the article fits
            ResolutionCertainty.Guessed => 0.1, // gender not shown, a description matched by type only
            ResolutionCertainty.AsWritten => 0.1, // a description nobody in the article is named for: right as written less than half the time on GGT dev
            _ => 0,
        };
        confidence = Math.Round(Math.Clamp(confidence, 0, 1), 2);
        var snippetFrom = Math.Min(tokens[attribution.CueFrom].Start, mentionStart);
        var snippetTo = Math.Max(tokens[attribution.CueTo].End, mentionEnd);
        var evidence = string.Create(CultureInfo.InvariantCulture,
            $"{attribution.Sieve} sieve ({attribution.Rule}): '{Shorten(text[snippetFrom..snippetTo])}' (paragraph {tokens[attribution.MentionFrom].Paragraph + 1}); '{mention}' \u2192 {speaker} ({resolution.Sieve}: {resolution.Explanation})");
        return new ExtractedQuote
        {
            Text = text[span.ContentStart..span.ContentEnd],
            Start = span.ContentStart,
            End = span.ContentEnd,
            Kind = kind,
            Speaker = speaker,
            SpeakerMention = mention,
            SpeakerStart = mentionStart,
            SpeakerEnd = mentionEnd,
            Role = role,
            Cue = cue,
            CueStart = hasCue ? tokens[attribution.CueFrom].Start : null,
            CueEnd = hasCue ? tokens[attribution.CueTo].End : null,
            Confidence = confidence,
            Evidence = evidence,
        };
    }

    /// <summary>
    /// True when an apposition can be shown as a role ("a spokesman for the ministry"), not a clause set off by commas:
    /// a participle's ("reacting to the shooting"), a relative's ("whose group has led"), a reporting aside ("Cruz said").
    /// </summary>
    private static bool IsRolePhrase(Token[] tokens, int from, int to)
    {
        var first = tokens[from];
        if (first.IsWord && char.IsLower(first.Text[0]) && (first.Text.EndsWith("ing", StringComparison.Ordinal) || first.Text is "who" or "whose" or "which" or "that"))
            return false;
        // "Corey Lewandowski, in a statement released on Thursday, said", "Sanders, meanwhile, who …", "Cruz, when
        // asked …": a circumstance or an aside, not what the speaker is ("Ann Roe, of Halifax," and "Bo Lin, at the
        // Brookings Institution," still are)
        if (first.IsWord && char.IsLower(first.Text[0]) && first.Text is not ("of" or "at")
            && (Lexicon.Prepositions.Contains(first.Text)
                || first.Text is "when" or "while" or "if" or "as" or "because" or "although" or "though" or "meanwhile" or "however" or "too" or "also" or "then" or "again"))
            return false;
        return !(tokens[to].IsWord && Lexicon.IsSpeechVerb(tokens[to].Text) && char.IsLower(tokens[to].Text[0]));
    }

    private static QuoteKind KindOf(ArticleDocument doc, int q, Attribution attribution)
    {
        var tokens = doc.Tokens;
        var open = doc.QuoteOpenToken[q];
        var span = doc.Quotes[q];
        var first = doc.Text[span.ContentStart];
        var startsSentence = open == 0 || tokens[open - 1].Sentence != tokens[open].Sentence || tokens[open - 1].Kind == TokenKind.CloseMark;
        var afterCue = attribution.Adjacent && attribution.CueTo < open;
        var afterPunct = open > 0 && (tokens[open - 1].Is(',') || tokens[open - 1].Is(':'));
        var capital = char.IsUpper(first) || char.IsDigit(first) || first is '\u2026' or '.';
        return (startsSentence || afterCue || afterPunct) && capital ? QuoteKind.Direct : QuoteKind.Partial;
    }

    /// <summary>Without a classifier: the confidence of each rule as measured on the PolNeAR dev set (rounded, smoothed); a continuation is no surer than what it continues.</summary>
    private static double RuleConfidence(Attribution attribution, NounPhrases phrases)
    {
        var pronoun = phrases.IsPronoun(attribution.MentionFrom) && attribution.MentionFrom == attribution.MentionTo;
        var confidence = RuleConfidence(attribution.Rule, pronoun);
        return attribution.FirstRule is { } first ? Math.Min(confidence, RuleConfidence(first, pronoun)) : confidence;
    }

    private static double RuleConfidence(string rule, bool pronoun)
    {
        var score = rule switch
        {
            Rules.QuoteSpeakerCue => 0.96,
            Rules.QuoteDashSpeaker => 0.92,
            Rules.TranscriptLabel => 0.85,
            Rules.QuoteCueSpeaker => 0.88,
            Rules.Continuation => 0.88,
            Rules.SpeakerCueQuote => 0.85,
            Rules.CueSpeakerColonQuote => 0.85,
            Rules.SpeakerCueInSentence => 0.85,
            Rules.AccordingTo => 0.8,
            Rules.AsSpeakerPutIt => 0.8,
            Rules.CueLaterInSentence => 0.75,
            Rules.ColonAfterSubject => 0.7,
            Rules.SentenceSubject => 0.6,
            Rules.PreviousSentence => 0.6,
            Rules.PossessiveSpeechNoun => 0.5,
            Rules.SubjectOfSentence => 0.5,
            Rules.PassiveAgent => 0.6,
            _ => 0.4,
        };
        if (pronoun && rule is Rules.SpeakerCueInSentence or Rules.SentenceSubject or Rules.SpeakerCueQuote)
            score -= 0.1;
        return score;
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : string.Concat(s.AsSpan(0, 77), "...");
}

using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Evaluation;

/// <summary>Scores predicted quotes against labelled ones exactly as the evaluation README defines.</summary>
public static class QuoteScorer
{
    private const string TrimChars = "\"\u201C\u201D\u201E\u2018\u2019'\u00AB\u00BB";
    private const string TrailingPunctuation = ",.;:";

    /// <summary>Runs <paramref name="extractor"/> over every article and scores the results.</summary>
    public static EvaluationReport Evaluate(IQuoteExtractor extractor, IReadOnlyList<GoldArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(articles);
        return Score(extractor.Version, articles.Select(a => (a, extractor.Extract(a.Text))).ToList());
    }

    /// <summary>Runs <paramref name="extractor"/> over every article of every file; scores each file and all of them pooled.</summary>
    public static EvaluationSummary EvaluateFiles(IQuoteExtractor extractor, IReadOnlyList<(string File, IReadOnlyList<GoldArticle> Articles)> files)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(files);
        var all = new List<(GoldArticle, IReadOnlyList<ExtractedQuote>)>();
        var perFile = new List<FileEvaluation>(files.Count);
        foreach (var (file, articles) in files)
        {
            var runs = articles.Select(a => (a, extractor.Extract(a.Text))).ToList();
            all.AddRange(runs);
            perFile.Add(new FileEvaluation(file, Score(extractor.Version, runs)));
        }

        return new EvaluationSummary(extractor.Version, perFile, Score(extractor.Version, all));
    }

    /// <summary>Scores given predictions per article.</summary>
    public static EvaluationReport Score(string version, IReadOnlyList<(GoldArticle Article, IReadOnlyList<ExtractedQuote> Predicted)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        int gold = 0, predicted = 0, exact = 0, lenientGold = 0, lenientPredicted = 0, attributionTotal = 0, attributionCorrect = 0, endToEnd = 0;
        int canonicalTotal = 0, canonicalCorrect = 0, endToEndCanonical = 0, references = 0, mixedMatched = 0, mixedFalsePositives = 0;
        var misses = new List<EvaluationExample>();
        var falsePositives = new List<EvaluationExample>();
        var wrongSpeakers = new List<EvaluationExample>();
        var wrongCanonical = new List<EvaluationExample>();
        var bands = ConfidenceBand.Bounds.Select(_ => new int[3]).ToArray(); // predicted, right end to end, right end to end (canonical)
        foreach (var (article, predictions) in runs)
        {
            var text = article.Text;
            gold += article.Quotes.Count;
            predicted += predictions.Count;
            references += article.Quotes.Count(g => g.Reference is not null);
            var rightEndToEnd = new bool[predictions.Count];
            var rightCanonical = new bool[predictions.Count];
            var goldSpans = article.Quotes.Select(g => Trim(text, g.Start, g.End)).ToArray();
            var predSpans = predictions.Select(p => Trim(text, p.Start, p.End)).ToArray();
            var goldMatched = new bool[goldSpans.Length];
            var predMatched = new bool[predSpans.Length];
            for (var p = 0; p < predSpans.Length; p++)
            {
                for (var g = 0; g < goldSpans.Length; g++)
                {
                    if (goldMatched[g] || goldSpans[g] != predSpans[p])
                        continue;
                    goldMatched[g] = predMatched[p] = true;
                    exact++;
                    var gq = article.Quotes[g];
                    var pq = predictions[p];
                    var attributed = true;
                    if (gq.SpeakerStart is { } gs && gq.SpeakerEnd is { } ge)
                    {
                        attributionTotal++;
                        attributed = pq.SpeakerStart is { } ps && pq.SpeakerEnd is { } pe && ps < ge && gs < pe;
                        if (attributed)
                            attributionCorrect++;
                        else
                            wrongSpeakers.Add(Example(article, gq.Start, gq.End, gq.Speaker, pq.SpeakerMention));
                    }

                    rightEndToEnd[p] = attributed;
                    rightCanonical[p] = attributed;
                    if (gq.Reference is { } reference)
                    {
                        canonicalTotal++;
                        rightCanonical[p] = CanonicalNames.Matches(pq.Speaker, reference);
                        if (rightCanonical[p])
                            canonicalCorrect++;
                        else
                            wrongCanonical.Add(Example(article, gq.Start, gq.End, reference, pq.Speaker));
                    }

                    endToEnd += rightEndToEnd[p] ? 1 : 0;
                    endToEndCanonical += rightCanonical[p] ? 1 : 0;
                    break;
                }
            }

            lenientGold += goldSpans.Count(g => predSpans.Any(p => Overlaps(g, p)));
            lenientPredicted += predSpans.Count(p => goldSpans.Any(g => Overlaps(g, p)));
            for (var g = 0; g < goldSpans.Length; g++)
            {
                if (!goldMatched[g])
                    misses.Add(Example(article, article.Quotes[g].Start, article.Quotes[g].End, article.Quotes[g].Speaker, null));
            }

            for (var p = 0; p < predictions.Count; p++)
            {
                var band = ConfidenceBand.IndexOf(predictions[p].Confidence);
                bands[band][0]++;
                bands[band][1] += rightEndToEnd[p] ? 1 : 0;
                bands[band][2] += rightCanonical[p] ? 1 : 0;
            }

            for (var p = 0; p < predSpans.Length; p++)
            {
                if (HasMixedMarks(text, predictions[p].Start, predictions[p].End))
                {
                    mixedMatched += predMatched[p] ? 1 : 0;
                    mixedFalsePositives += predMatched[p] ? 0 : 1;
                }

                if (!predMatched[p])
                    falsePositives.Add(Example(article, predictions[p].Start, predictions[p].End, null, predictions[p].SpeakerMention));
            }
        }

        return new EvaluationReport
        {
            Version = version,
            Articles = runs.Count,
            Span = new PrecisionRecall(exact, predicted, exact, gold),
            LenientSpan = new PrecisionRecall(lenientPredicted, predicted, lenientGold, gold),
            AttributionTotal = attributionTotal,
            AttributionCorrect = attributionCorrect,
            EndToEnd = new PrecisionRecall(endToEnd, predicted, endToEnd, gold),
            References = references,
            CanonicalTotal = canonicalTotal,
            CanonicalCorrect = canonicalCorrect,
            EndToEndCanonical = new PrecisionRecall(endToEndCanonical, predicted, endToEndCanonical, gold),
            Calibration = [.. ConfidenceBand.Bounds.Select((b, i) => new ConfidenceBand(b.Low, b.High, bands[i][0], bands[i][1], bands[i][2]))],
            Misses = misses,
            FalsePositives = falsePositives,
            WrongSpeakers = wrongSpeakers,
            WrongCanonical = wrongCanonical,
            MixedMarks = new MarkStyleCount(mixedMatched, mixedFalsePositives),
        };
    }

    /// <summary>
    /// True when the marks around a quote's content (the nearest characters before <paramref name="start"/> and from
    /// <paramref name="end"/>, past whitespace) are quotation marks of different styles, one straight and one curly.
    /// </summary>
    public static bool HasMixedMarks(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = Math.Clamp(start, 0, text.Length) - 1;
        while (open >= 0 && char.IsWhiteSpace(text[open]))
            open--;
        var close = Math.Clamp(end, 0, text.Length);
        while (close < text.Length && char.IsWhiteSpace(text[close]))
            close++;
        if (open < 0 || close >= text.Length)
            return false;
        return (StyleOf(text[open]), StyleOf(text[close])) is ('s', 'c') or ('c', 's');
    }

    /// <summary>'s' for a straight quotation mark, 'c' for a curly or low one, '\0' for any other character.</summary>
    private static char StyleOf(char c) => c switch
    {
        '"' or '\'' => 's',
        '\u201C' or '\u201D' or '\u201E' or '\u2018' or '\u2019' or '\u201A' => 'c',
        _ => '\0',
    };

    /// <summary>Trims whitespace, quotation marks and trailing <c>,.;:</c> from both ends of a span.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        while (start < end && IsTrimmed(text[start]))
            start++;
        while (end > start && IsTrimmed(text[end - 1]))
            end--;
        return (start, end);
    }

    /// <summary>True when the spans overlap by at least half of the longer one.</summary>
    public static bool Overlaps((int Start, int End) a, (int Start, int End) b)
    {
        var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        var longer = Math.Max(a.End - a.Start, b.End - b.Start);
        return overlap > 0 && 2 * overlap >= longer;
    }

    private static bool IsTrimmed(char c) =>
        char.IsWhiteSpace(c) || TrimChars.Contains(c, StringComparison.Ordinal) || TrailingPunctuation.Contains(c, StringComparison.Ordinal);

    private static EvaluationExample Example(GoldArticle article, int start, int end, string? expected, string? predicted)
    {
        var text = article.Text;
        var from = Math.Max(0, start - 80);
        var to = Math.Min(text.Length, end + 80);
        var quote = text[Math.Clamp(start, 0, text.Length)..Math.Clamp(end, start, text.Length)];
        return new EvaluationExample(article.Id, start, end, quote, expected, predicted, text[from..to].ReplaceLineEndings(" "));
    }
}

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

    /// <summary>Scores given predictions per article.</summary>
    public static EvaluationReport Score(string version, IReadOnlyList<(GoldArticle Article, IReadOnlyList<ExtractedQuote> Predicted)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        int gold = 0, predicted = 0, exact = 0, lenientGold = 0, lenientPredicted = 0, attributionTotal = 0, attributionCorrect = 0, endToEnd = 0;
        var misses = new List<EvaluationExample>();
        var falsePositives = new List<EvaluationExample>();
        var wrongSpeakers = new List<EvaluationExample>();
        foreach (var (article, predictions) in runs)
        {
            var text = article.Text;
            gold += article.Quotes.Count;
            predicted += predictions.Count;
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
                    if (gq.SpeakerStart is { } gs && gq.SpeakerEnd is { } ge)
                    {
                        attributionTotal++;
                        if (pq.SpeakerStart is { } ps && pq.SpeakerEnd is { } pe && ps < ge && gs < pe)
                        {
                            attributionCorrect++;
                            endToEnd++;
                        }
                        else
                        {
                            wrongSpeakers.Add(Example(article, gq.Start, gq.End, gq.Speaker, pq.SpeakerMention));
                        }
                    }
                    else
                    {
                        endToEnd++;
                    }

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

            for (var p = 0; p < predSpans.Length; p++)
            {
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
            Misses = misses,
            FalsePositives = falsePositives,
            WrongSpeakers = wrongSpeakers,
        };
    }

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

using QuoteCheck.Core.Extraction;

namespace QuoteCheck.Core.Tests.Extraction;

public class SeedArticleTests
{
    private readonly string _text = RepositoryFiles.ReadSeed();
    private readonly IReadOnlyList<ExtractedQuote> _quotes;

    public SeedArticleTests() => _quotes = new QuoteExtractor().Extract(_text, TestContext.Current.CancellationToken);

    [Fact]
    public void SeedArticle_GivesExactlyThreeQuotes() => Assert.Equal(3, _quotes.Count);

    [Fact]
    public void ErdoganQuote_IsDirectAndAttributedToHisFullName()
    {
        var quote = _quotes[0];
        Assert.StartsWith("I will go to Moscow on Thursday", quote.Text, StringComparison.Ordinal);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Recep Tayyip Erdogan", quote.Speaker);
        Assert.Equal("Erdogan", quote.SpeakerMention);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void PeskovFragment_IsPartialAndAttributedToPeskov()
    {
        var quote = _quotes[1];
        Assert.StartsWith("great importance to cooperation with our Turkish partners", quote.Text, StringComparison.Ordinal);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Dmitry Peskov", quote.Speaker);
        Assert.Equal("Kremlin spokesman", quote.Role);
    }

    [Fact]
    public void MilitariesQuote_IsAttributedToPeskovThroughHe()
    {
        var quote = _quotes[2];
        Assert.StartsWith("Our militaries are in constant contact. The main thing is", quote.Text, StringComparison.Ordinal);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Dmitry Peskov", quote.Speaker);
        Assert.Equal("he", quote.SpeakerMention);
        Assert.Equal("Kremlin spokesman", quote.Role);
        Assert.Contains("Dmitry Peskov", quote.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_PointIntoTheOriginalText()
    {
        foreach (var quote in _quotes)
        {
            Assert.Equal(quote.Text, _text[quote.Start..quote.End]);
            Assert.Equal(quote.SpeakerMention, _text[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value]);
            Assert.Equal(quote.Cue, _text[quote.CueStart!.Value..quote.CueEnd!.Value]);
            Assert.InRange(quote.Confidence, 0, 1);
        }
    }

    [Fact]
    public void CrLfText_GivesTheSameQuotesAtTheirOwnOffsets()
    {
        var crlf = _text.ReplaceLineEndings("\r\n");
        var quotes = new QuoteExtractor().Extract(crlf, TestContext.Current.CancellationToken);
        Assert.Equal(_quotes.Select(q => q.Text.ReplaceLineEndings("\r\n")), quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal(q.Text, crlf[q.Start..q.End]));
    }

    [Fact]
    public void AModelFileWithoutTheRankersOrder_StillChoosesByTheRanker()
    {
        // a model written before the LambdaMART order existed has no "mentionOrder": the binary ranker chooses alone
        var embedded = QuoteModelJson.Embedded;
        Assert.NotNull(embedded?.MentionOrder);
        var older = QuoteModelJson.Parse(QuoteModelJson.Write(embedded! with { MentionOrder = null }));
        Assert.Null(older.MentionOrder);

        var quotes = new QuoteExtractor(older).Extract(_text, TestContext.Current.CancellationToken);

        Assert.Equal(["Recep Tayyip Erdogan", "Dmitry Peskov", "Dmitry Peskov"], quotes.Select(q => q.Speaker));
        Assert.Equal("he", quotes[2].SpeakerMention);
    }
}

using QuoteCheck.Cli.Load;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests;

/// <summary>
/// A bounded version of <c>quotecheck load</c>: a burst of mixed articles (sizes, duplicates, invalid ones)
/// through a local host process on Azurite; every article must end processed or rejected, exactly once.
/// </summary>
public sealed class LoadTests
{
    [Fact]
    public async Task BurstOfMixedArticles_EachEndsProcessedOrRejected_NoneLostOrDuplicated()
    {
        var output = new StringWriter();

        var report = await LoadRun.RunAsync(150, killMidRun: false, TimeSpan.FromMinutes(3), Seeds.IdlibArticle, output, TestContext.Current.CancellationToken);

        Assert.True(report.Passed, output + string.Join(Environment.NewLine, report.Problems));
        Assert.Equal(report.ExpectedArticles, report.Processed + report.Rejected);
        Assert.True(report.Rejected > 0, "the mix includes invalid messages");
        Assert.Equal(0, report.InPoison);
    }
}

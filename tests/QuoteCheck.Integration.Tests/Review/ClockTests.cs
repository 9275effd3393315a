using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using QuoteCheck.Functions.Review;
using QuoteCheck.Integration.Tests.Infrastructure;

namespace QuoteCheck.Integration.Tests.Review;

/// <summary>Times the desk shows come from the injected clock: queue order and the audit trail.</summary>
public sealed class ClockTests(ClockTests.Fixture host) : IClassFixture<ClockTests.Fixture>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReviewQueue_ListsTheNewestArticleFirst_AndHistoryRecordsWhenEachDecisionWasMade()
    {
        host.Clock.SetUtcNow(Start);
        var older = await host.IngestSeedAsync("clock-older", Seeds.IdlibArticle.Replace("Thursday", "Friday", StringComparison.Ordinal));
        host.Clock.Advance(TimeSpan.FromHours(1));
        var newer = await host.IngestSeedAsync("clock-newer");

        var queue = await host.Http.ListQuotesAsync("state=New&pageSize=100");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        using var claimed = await host.Http.TransitionAsync(older[0], "claim");

        Assert.Equal(["clock-newer", "clock-newer", "clock-newer", "clock-older", "clock-older", "clock-older"], queue.Items.Select(q => q.ArticleId));
        Assert.Equal(Start.AddHours(1), newer[0].ArticleFirstSeenAt);
        var history = await host.Http.GetFromJsonAsync<HistoryResponse>($"api/quotes/clock-older/{older[0].QuoteId}/history", JsonSerializerOptions.Web, TestContext.Current.CancellationToken);
        Assert.Equal(Start.AddHours(1).AddMinutes(5), history!.Items.Single().At);
    }

    /// <summary>The local host with a fake clock.</summary>
    public sealed class Fixture : LocalHostFixture
    {
        public FakeTimeProvider Clock { get; } = new(Start);

        protected override void Configure(WebApplicationBuilder builder) =>
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
    }
}

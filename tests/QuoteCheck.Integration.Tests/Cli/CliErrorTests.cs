using System.Net;
using System.Net.Sockets;
using QuoteCheck.Cli;
using QuoteCheck.Cli.Errors;

namespace QuoteCheck.Integration.Tests.Cli;

/// <summary>
/// What a person at the terminal sees when something is wrong: one line on stderr naming the problem and what to do,
/// an exit code a script can test, and the stack trace only when asked for with --verbose.
/// </summary>
public sealed class CliErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("quotecheck-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("extract")]
    [InlineData("submit")]
    [InlineData("eval")]
    public async Task MissingFile_IsOneLine_WithTheInputExitCode(string command)
    {
        var missing = Path.Combine(_folder, "no-such-article.txt");

        var run = await RunAsync(command, missing);

        Assert.Equal(ExitCodes.Input, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("quotecheck: ", line, StringComparison.Ordinal);
        Assert.Contains("no-such-article.txt", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_OfAFileThatIsNotUtf8_SaysSo_InsteadOfFindingNoQuotes()
    {
        var latin1 = Path.Combine(_folder, "latin1.txt");
        await File.WriteAllBytesAsync(latin1, [.. "\"Caf"u8, 0xE9, .. " ouvert,\" a-t-il dit."u8], TestContext.Current.CancellationToken);
        var seed = Path.Combine(AppContext.BaseDirectory, "seeds", "idlib-erdogan-putin.txt");

        var run = await RunAsync("extract", latin1, seed);

        Assert.Equal(ExitCodes.Input, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("latin1.txt' is not UTF-8 text (byte 0xE9 at offset 4)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("latin1.txt", run.Output, StringComparison.Ordinal);
        Assert.Contains("idlib-erdogan-putin.txt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_AddsTheStackTrace()
    {
        var run = await RunAsync("extract", Path.Combine(_folder, "missing.txt"), "--verbose");

        Assert.Equal(ExitCodes.Input, run.Exit);
        Assert.StartsWith("quotecheck: No file or folder", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("CliException", run.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadUsage_IsAUsageError()
    {
        var run = await RunAsync("load", "--count", "many");

        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("many", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_OnABusyPort_StopsBeforeStartingAnything_AndNamesUrls()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";

        var run = await RunAsync("up", "--exit", "--urls", url);

        Assert.Equal(ExitCodes.AddressInUse, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"Cannot listen on {url}: the port is in use", line, StringComparison.Ordinal);
        Assert.Contains("--urls http://127.0.0.1:", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Submit_ToStorageThatDoesNotAnswer_IsOneLine_WithTheStorageExitCode()
    {
        var article = Path.Combine(_folder, "article.txt");
        await File.WriteAllTextAsync(article, "\"We will rebuild,\" the mayor said.", TestContext.Current.CancellationToken);
        var nothingListens = FreePort();
        var connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"QueueEndpoint=http://127.0.0.1:{nothingListens}/devstoreaccount1;BlobEndpoint=http://127.0.0.1:{nothingListens}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{nothingListens}/devstoreaccount1";

        var run = await RunAsync("submit", article, "--connection", connection);

        Assert.Equal(ExitCodes.Storage, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("quotecheck: Cannot reach the storage account", line, StringComparison.Ordinal);
        Assert.Contains("Azurite", line, StringComparison.Ordinal);
    }

    private static async Task<Run> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliInvocation.InvokeAsync(CliInvocation.CreateRoot(), args, output, error);
        return new Run(exit, output.ToString(), error.ToString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Run(int Exit, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}

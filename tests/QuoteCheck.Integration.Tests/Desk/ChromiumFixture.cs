using System.Diagnostics;
using Microsoft.Playwright;
using QuoteCheck.LocalHost;

namespace QuoteCheck.Integration.Tests.Desk;

/// <summary>
/// Headless Chromium from Debian's package, driven by Playwright. Installs it with the repository's
/// <c>tests/desk/install-browser.sh</c> when it is missing; <see cref="SkipReason"/> says why when that is impossible.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Set when no browser could be installed: the tests skip with this message.</summary>
    public string? SkipReason { get; private set; }

    // The desk's test classes each get a fixture and run in parallel: one install serves them all, so that two
    // apt-get runs never race for the package lock (the loser used to skip its class).
    private static readonly SemaphoreSlim InstallOnce = new(1, 1);

    public async ValueTask InitializeAsync()
    {
        string? executable;
        await InstallOnce.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            executable = FindChromium() ?? await InstallAsync();
        }
        finally
        {
            InstallOnce.Release();
        }

        if (executable is null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = LaunchArgs });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Debian's <c>chromium</c> on PATH.</summary>
    private static string? FindChromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists);

    private async Task<string?> InstallAsync()
    {
        var script = RepositoryRoot.Find() is { } root ? Path.Combine(root, "tests", "desk", "install-browser.sh") : null;
        if (script is null || !File.Exists(script))
        {
            SkipReason = "Chromium is not installed and tests/desk/install-browser.sh was not found (run the tests from the repository).";
            return null;
        }

        using var install = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = install.StandardOutput.ReadToEndAsync();
        var errors = install.StandardError.ReadToEndAsync();
        await install.WaitForExitAsync(TestContext.Current.CancellationToken);
        Console.WriteLine(await output);
        if (install.ExitCode == 0 && FindChromium() is { } executable)
        {
            return executable;
        }

        SkipReason = $"Chromium could not be installed (tests/desk/install-browser.sh exited {install.ExitCode}): {(await errors).Trim()}";
        return null;
    }
}

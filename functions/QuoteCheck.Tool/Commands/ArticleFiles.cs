using System.Text;
using QuoteCheck.Cli.Errors;
using QuoteCheck.Core.Articles;
using QuoteCheck.Functions.Ingestion;

namespace QuoteCheck.Cli.Commands;

/// <summary>Turns the files and folders named on the command line into queued articles, reporting each.</summary>
internal static class ArticleFiles
{
    /// <summary>Files named directly, and every file in the folders named (recursively), in a stable order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new CliException(ExitCodes.Input, $"No file or folder '{path}'.");
            }
        }

        return files;
    }

    /// <summary>Reads an article file as the queue sender does (strict UTF-8, a BOM honoured); a file that cannot be read is a <see cref="CliException"/> naming it.</summary>
    public static async Task<ArticleSubmission> ReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return await ArticleQueueSender.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CliException(ExitCodes.Input, ErrorReport.NotUtf8($"'{file}'", ex), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.Input, $"Cannot read '{file}': {ex.Message}", ex);
        }
    }

    /// <summary>Queues each file; a file that cannot be read is reported and skipped, the rest still go.</summary>
    /// <returns>The queued articles with their files, and how many files failed.</returns>
    public static async Task<(IReadOnlyList<(string File, QueuedArticle Article)> Queued, int Failed)> SubmitAsync(
        ArticleQueueSender sender, IReadOnlyList<string> files, TextWriter output, CancellationToken cancellationToken)
    {
        var queued = new List<(string, QueuedArticle)>();
        var failed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var progress = $"[{i + 1}/{files.Count}]";
            try
            {
                var submission = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
                var article = await sender.SendAsync(submission, cancellationToken).ConfigureAwait(false);
                queued.Add((file, article));
                await output.WriteLineAsync($"{progress} queued {article.ArticleId}  {file} ({submission.Body!.Length:N0} chars{(article.ViaBlob ? ", body in blob storage" : string.Empty)})").ConfigureAwait(false);
            }
            catch (CliException ex)
            {
                failed++;
                await output.WriteLineAsync($"{progress} FAILED {ex.Message}").ConfigureAwait(false);
            }
        }

        return (queued, failed);
    }
}

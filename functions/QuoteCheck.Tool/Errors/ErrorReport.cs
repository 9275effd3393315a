using System.Net.Sockets;
using System.Text;
using Azure;

namespace QuoteCheck.Cli.Errors;

/// <summary>Turns whatever a command threw into one line on stderr and an exit code; the stack trace only with <c>--verbose</c>.</summary>
internal static class ErrorReport
{
    /// <summary>Writes the error and returns the exit code for it.</summary>
    public static int Write(Exception exception, bool verbose, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        if (exception is OperationCanceledException)
        {
            error.WriteLine("quotecheck: stopped.");
            return ExitCodes.Interrupted;
        }

        var (code, message) = Classify(exception);
        error.WriteLine($"quotecheck: {message}");
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }
        else if (code == ExitCodes.Internal)
        {
            error.WriteLine("quotecheck: this looks like a bug; run the same command with --verbose for the stack trace.");
        }

        return code;
    }

    /// <summary>The exit code and the one-line message for an exception.</summary>
    public static (int Code, string Message) Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case CliException cli:
                return (cli.ExitCode, cli.Message);
            case FileNotFoundException or DirectoryNotFoundException:
                return (ExitCodes.Input, exception.Message);
            case UnauthorizedAccessException:
                return (ExitCodes.Input, $"{exception.Message} (no permission to read it)");
            case DecoderFallbackException decoding:
                return (ExitCodes.Input, NotUtf8("The input", decoding));
        }

        if (StorageFailure(exception) is { } storage)
        {
            return (ExitCodes.Storage, storage);
        }

        return exception is IOException
            ? (ExitCodes.Input, exception.Message)
            : (ExitCodes.Internal, $"{exception.GetType().Name}: {exception.Message}");
    }

    /// <summary>"'file' is not UTF-8 text (byte 0xE9 at offset 120)...": what a person needs to fix the file.</summary>
    public static string NotUtf8(string what, DecoderFallbackException decoding)
    {
        ArgumentNullException.ThrowIfNull(decoding);
        var where = decoding.BytesUnknown is { Length: > 0 } bytes
            ? $" (byte 0x{bytes[0]:X2} at offset {decoding.Index:N0})"
            : string.Empty;
        return $"{what} is not UTF-8 text{where}; save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8) and try again.";
    }

    /// <summary>Storage that does not answer (connection refused, unknown host, timeouts after the SDK's retries), explained; null for anything else.</summary>
    private static string? StorageFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException ?? (current as AggregateException)?.InnerExceptions.FirstOrDefault())
        {
            var unreachable = current switch
            {
                SocketException socket => socket.Message,
                HttpRequestException http when http.InnerException is null => http.Message,
                RequestFailedException { Status: 0, InnerException: null } failed => failed.Message,
                _ => null,
            };
            if (unreachable is not null)
            {
                return $"Cannot reach the storage account ({unreachable}). Locally, start Azurite (npm run azurite, or let 'quotecheck up' start it); " +
                    "otherwise check --connection or the AzureWebJobsStorage setting.";
            }
        }

        return null;
    }
}

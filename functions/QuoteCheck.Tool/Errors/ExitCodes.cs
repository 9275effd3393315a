namespace QuoteCheck.Cli.Errors;

/// <summary>quotecheck's exit codes, one per kind of outcome a script may want to tell apart (listed in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found a problem: <c>load</c> lost or duplicated something, <c>poison replay</c> found no such message.</summary>
    public const int Failed = 1;

    /// <summary>Unknown command, option or argument; the error and the help are printed.</summary>
    public const int Usage = 2;

    /// <summary>A file or folder named is missing, unreadable or not UTF-8 text (commands that take several go on with the others).</summary>
    public const int Input = 3;

    /// <summary>The storage account (Azurite locally) cannot be reached.</summary>
    public const int Storage = 4;

    /// <summary>The address <c>up</c> should listen on is taken (see <c>--urls</c>).</summary>
    public const int AddressInUse = 5;

    /// <summary>Anything else: a bug. One line; <c>--verbose</c> prints the stack trace.</summary>
    public const int Internal = 70;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}

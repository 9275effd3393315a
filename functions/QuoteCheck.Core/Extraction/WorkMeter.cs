namespace QuoteCheck.Core.Extraction;

/// <summary>
/// Counts the steps of the extractor's loops over one document (tokens made, tokens looked at around each quote and
/// speech verb), so that a test can assert the work is linear in the input without timing anything.
/// </summary>
internal sealed class WorkMeter
{
    /// <summary>Steps taken so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Counts one step; always true, so it can lead a loop condition.</summary>
    public bool Tick()
    {
        Steps++;
        return true;
    }

    /// <summary>Counts <paramref name="steps"/> steps at once.</summary>
    public void Add(long steps) => Steps += steps;
}

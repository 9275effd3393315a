namespace QuoteCheck.Core.Review;

/// <summary>Refuses an action the quote's current state does not allow; the HTTP layer answers 409 with <see cref="AllowedActions"/>.</summary>
public sealed class IllegalTransitionException : Exception
{
    /// <summary>Refuses <paramref name="attemptedAction"/> on a quote in <paramref name="currentState"/>, listing what that state allows.</summary>
    public IllegalTransitionException(ReviewState currentState, ReviewAction attemptedAction)
        : this(currentState, attemptedAction, ReviewWorkflow.AllowedActions(currentState))
    {
    }

    private IllegalTransitionException(ReviewState currentState, ReviewAction attemptedAction, IReadOnlyList<ReviewAction> allowedActions)
        : base(Describe(currentState, attemptedAction, allowedActions))
    {
        CurrentState = currentState;
        AttemptedAction = attemptedAction;
        AllowedActions = allowedActions;
    }

    /// <summary>The state the quote is in.</summary>
    public ReviewState CurrentState { get; }

    /// <summary>The action that was refused.</summary>
    public ReviewAction AttemptedAction { get; }

    /// <summary>The actions the current state does allow, in declaration order.</summary>
    public IReadOnlyList<ReviewAction> AllowedActions { get; }

    private static string Describe(ReviewState state, ReviewAction action, IReadOnlyList<ReviewAction> allowed) =>
        allowed.Count == 0
            ? $"Cannot '{action.ToWireName()}' a quote that is {state}; it is locked and allows no further actions."
            : $"Cannot '{action.ToWireName()}' a quote that is {state}; allowed: {string.Join(", ", allowed.Select(a => a.ToWireName()))}.";
}

/// <summary>Refuses a transition request that is incomplete or malformed whatever the quote's state; the HTTP layer answers 400.</summary>
public sealed class InvalidTransitionRequestException : Exception
{
    /// <summary>Refuses the request because of <paramref name="field"/>, with a message a client can act on.</summary>
    /// <param name="field">The request field at fault, by its wire name (<c>reviewer</c>, <c>correctedSpeaker</c>, …).</param>
    /// <param name="message">What is wrong with it, in words for the person who sent it.</param>
    public InvalidTransitionRequestException(string field, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Field = field;
    }

    /// <summary>The request field at fault, by its wire name, for problem+json <c>errors</c>.</summary>
    public string Field { get; }
}

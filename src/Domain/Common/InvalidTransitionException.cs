namespace Jipp.Domain.Common;

/// <summary>The resources whose state machines refuse transitions.</summary>
public enum TransitionSubject
{
    Innovation,
    Candidacy,
    ReplicationRequest,
}

/// <summary>The actions a state machine can refuse, as they read in the English message.</summary>
public static class TransitionActions
{
    public const string Update = "update";
    public const string Submit = "submit";
    public const string Verify = "verify";
    public const string Archive = "archive";
    public const string Invite = "invite";
    public const string AnswerInvitation = "answer the invitation of";
    public const string RecordCommitment = "record the commitment of";
    public const string SubmitReadiness = "submit the readiness of";
    public const string Assess = "assess";
    public const string Designate = "designate";
    public const string Reject = "reject";
    public const string Withdraw = "withdraw";
    public const string AgreeTo = "agree to";
    public const string RecordMentoring = "record mentoring for";
    public const string Complete = "complete";
    public const string Cancel = "cancel";
}

/// <summary>
/// The state machine does not allow <see cref="Action"/> from the current <see cref="State"/>
/// (<c>invalid_transition</c>); the message names the current state and the states that allow it.
/// </summary>
public sealed class InvalidTransitionException : DomainException
{
    public const string ErrorCode = "invalid_transition";

    public InvalidTransitionException(TransitionSubject subject, string action, string state, IReadOnlyList<string> allowed)
        : base(ErrorCode, $"Cannot {action} {Article(subject)} that is {state}; only one that is {string.Join(" or ", allowed)}.")
    {
        Subject = subject;
        Action = action;
        State = state;
        Allowed = allowed;
    }

    public TransitionSubject Subject { get; }

    /// <summary>One of <see cref="TransitionActions"/>.</summary>
    public string Action { get; }

    /// <summary>The current state, as the API names it.</summary>
    public string State { get; }

    /// <summary>The states from which the action is allowed, as the API names them.</summary>
    public IReadOnlyList<string> Allowed { get; }

    private static string Article(TransitionSubject subject) => subject switch
    {
        TransitionSubject.Innovation => "an innovation",
        TransitionSubject.Candidacy => "a candidacy",
        _ => "a replication request",
    };
}

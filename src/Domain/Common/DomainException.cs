namespace Jipp.Domain.Common;

/// <summary>
/// A business rule or the state machine refused an operation. <see cref="Code"/> is the
/// machine-readable rule name that the API contract promises to callers; it also names the
/// message, which the API renders in the caller's language with <see cref="Arguments"/> filled in
/// (<see cref="Exception.Message"/> is the English text, for logs).
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, string message, params object?[] arguments)
        : base(message)
    {
        Code = code;
        Arguments = arguments;
    }

    public DomainException()
        : this("domain_rule", "A domain rule refused the operation.")
    {
    }

    public DomainException(string message)
        : this("domain_rule", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain_rule";
        Arguments = [];
    }

    public string Code { get; }

    /// <summary>The values the message names (an agency's name, a list of criteria), in order.</summary>
    public IReadOnlyList<object?> Arguments { get; }
}

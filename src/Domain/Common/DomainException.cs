namespace Jipp.Domain.Common;

/// <summary>
/// A business rule or the state machine refused an operation. <see cref="Code"/> is the
/// machine-readable rule name that the API contract promises to callers.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, string message)
        : base(message)
    {
        Code = code;
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
    }

    public string Code { get; }
}

namespace Jipp.Application.Common.Errors;

/// <summary>The caller is known, but its role or scope does not allow this action.</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException()
        : base("Your API client may not perform this action.")
    {
    }

    public ForbiddenException(string message)
        : base(message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

using Jipp.Application.Common.Localization;

namespace Jipp.Application.Common.Errors;

/// <summary>The caller is known, but its role or scope does not allow this action.</summary>
public sealed class ForbiddenException : Exception
{
    /// <summary>The code it is answered with (403).</summary>
    public static string ErrorCode => Refusal.Forbidden.Code;

    public ForbiddenException()
        : this(Refusal.Forbidden.Detail)
    {
    }

    public ForbiddenException(Phrase reason, params object?[] arguments)
        : this(new LocalizedMessage(reason, arguments))
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

    private ForbiddenException(LocalizedMessage detail)
        : base(detail.English) => Detail = detail;

    /// <summary>The message in the request's language, when the refusal has one.</summary>
    public LocalizedMessage? Detail { get; }
}

namespace Jipp.Application.Common.Errors;

/// <summary>The <c>If-Match</c> of the request does not match the resource's current ETag (412).</summary>
public sealed class PreconditionFailedException : Exception
{
    /// <summary>The code it is answered with (412).</summary>
    public static string ErrorCode => Refusal.PreconditionFailed.Code;

    public PreconditionFailedException()
        : base(Refusal.PreconditionFailed.Detail.English)
    {
    }

    public PreconditionFailedException(string message)
        : base(message)
    {
    }

    public PreconditionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The service is configured to require <c>If-Match</c> on changes, and the request has none (428).</summary>
public sealed class PreconditionRequiredException : Exception
{
    /// <summary>The code it is answered with (428).</summary>
    public static string ErrorCode => Refusal.PreconditionRequired.Code;

    public PreconditionRequiredException()
        : base(Refusal.PreconditionRequired.Detail.English)
    {
    }

    public PreconditionRequiredException(string message)
        : base(message)
    {
    }

    public PreconditionRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

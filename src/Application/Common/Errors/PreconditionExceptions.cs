using Jipp.Application.Common.Localization;

namespace Jipp.Application.Common.Errors;

/// <summary>The <c>If-Match</c> of the request does not match the resource's current ETag (412).</summary>
public sealed class PreconditionFailedException : Exception
{
    public PreconditionFailedException()
        : base(Refusals.PreconditionFailed.English)
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
    public PreconditionRequiredException()
        : base(Refusals.PreconditionRequired.English)
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

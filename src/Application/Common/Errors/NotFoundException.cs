using Jipp.Application.Common.Localization;

namespace Jipp.Application.Common.Errors;

/// <summary>No such resource, or one the caller may not see; both answer 404 so that nothing leaks.</summary>
public sealed class NotFoundException : Exception
{
    /// <summary>The code it is answered with (404).</summary>
    public static string ErrorCode => Refusal.NotFound.Code;

    public NotFoundException(Phrase resource, object key)
        : this(new LocalizedMessage(Refusals.NotFound, [resource, key]))
    {
    }

    public NotFoundException()
        : this(new LocalizedMessage(Refusal.NotFound.Detail))
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private NotFoundException(LocalizedMessage detail)
        : base(detail.English) => Detail = detail;

    /// <summary>The message in the request's language, when the refusal has one.</summary>
    public LocalizedMessage? Detail { get; }
}

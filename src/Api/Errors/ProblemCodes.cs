using Jipp.Application.Common.Errors;

namespace Jipp.Api.Errors;

/// <summary>The error codes of the API contract that do not come from a domain rule, as the catalog (<see cref="Refusal"/>) defines them.</summary>
public static class ProblemCodes
{
    public static string Validation => Refusal.Validation.Code;

    public static string Unauthenticated => Refusal.Unauthenticated.Code;

    public static string Forbidden => Refusal.Forbidden.Code;

    public static string NotFound => Refusal.NotFound.Code;

    public static string MethodNotAllowed => Refusal.MethodNotAllowed.Code;

    public static string Conflict => Refusal.Conflict.Code;

    public static string PayloadTooLarge => Refusal.PayloadTooLarge.Code;

    public static string PreconditionFailed => Refusal.PreconditionFailed.Code;

    public static string PreconditionRequired => Refusal.PreconditionRequired.Code;

    public static string ConcurrentUpdate => Refusal.ConcurrentUpdate.Code;

    public static string UnsupportedMediaType => Refusal.UnsupportedMediaType.Code;

    public static string RateLimited => Refusal.RateLimited.Code;

    public static string Unavailable => Refusal.Unavailable.Code;

    public static string Internal => Refusal.Internal.Code;

    /// <summary>The code of a problem the framework raised by itself, from its status alone.</summary>
    public static string ForStatus(int status) => Refusal.ForStatus(status)?.Code ?? "error";
}

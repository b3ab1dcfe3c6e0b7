namespace Jipp.Api.Errors;

/// <summary>The error codes of the API contract that do not come from a domain rule.</summary>
public static class ProblemCodes
{
    public const string Validation = "validation";
    public const string Unauthenticated = "unauthenticated";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Conflict = "conflict";
    public const string PayloadTooLarge = "payload_too_large";
    public const string PreconditionFailed = "precondition_failed";
    public const string PreconditionRequired = "precondition_required";
    public const string ConcurrentUpdate = "concurrent_update";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
    public const string Unavailable = "unavailable";
    public const string Internal = "internal_error";

    public static string ForStatus(int status) => status switch
    {
        400 => Validation,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        412 => PreconditionFailed,
        428 => PreconditionRequired,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        503 => Unavailable,
        >= 500 => Internal,
        _ => "error",
    };
}

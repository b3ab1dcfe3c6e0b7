namespace Jipp.Api.Endpoints;

/// <summary>
/// The <c>If-Match</c> header of a request, bound as an endpoint parameter so that the endpoint passes it into its
/// command (<see cref="Application.Common.Concurrency.IConditionalCommand"/>); nothing below the API reads the request.
/// The OpenAPI document declares the header on the operations that honour it (SecurityAndProblemsOperationFilter).
/// </summary>
public sealed record IfMatch(string? Value)
{
    private static readonly IfMatch Absent = new((string?)null);

    public static ValueTask<IfMatch?> BindAsync(HttpContext context)
    {
        var header = context.Request.Headers.IfMatch;
        return ValueTask.FromResult<IfMatch?>(header.Count == 0 ? Absent : new IfMatch(header.ToString()));
    }
}

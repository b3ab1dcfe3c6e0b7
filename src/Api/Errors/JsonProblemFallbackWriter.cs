using Microsoft.Extensions.Options;

namespace Jipp.Api.Errors;

/// <summary>
/// Writes a problem as <c>application/problem+json</c> when the framework's writer declines because <c>Accept</c>
/// names no JSON type (<c>text/csv</c> of the open data export, say): a problem is JSON whatever was asked for, as
/// RFC 9457 and the contract promise, never the status code pages' plain text. Registered after the framework's writer,
/// so it only answers what that one would not.
/// </summary>
public sealed class JsonProblemFallbackWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: ProblemWriter.ContentType));
    }
}

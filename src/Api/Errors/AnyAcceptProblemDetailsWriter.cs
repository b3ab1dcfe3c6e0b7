using Jipp.Api.Localization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Jipp.Api.Errors;

/// <summary>
/// The last problem writer: answers a problem as <c>application/problem+json</c> when the request's <c>Accept</c> names
/// no JSON (a CSV client's 404 or 400, the 406 of an <c>Accept</c> nobody serves). The framework's writer declines
/// those, which left the status code pages' plain text, or no answer at all for a problem raised in the pipeline;
/// RFC 9110 §15.5.7 allows answering an error in a type the caller did not ask for.
/// </summary>
public sealed class AnyAcceptProblemDetailsWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ApiMessages.TitleFor(problem.Status.Value).Text;
        ProblemWriter.Complete(problem, http);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, json.Value.SerializerOptions, ProblemWriter.ContentType));
    }
}

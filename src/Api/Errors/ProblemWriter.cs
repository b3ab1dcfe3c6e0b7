using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Jipp.Api.Errors;

/// <summary>The one place that writes error bodies: every problem gets code, traceId and instance.</summary>
public static class ProblemWriter
{
    public const string ContentType = "application/problem+json";

    /// <summary>Fills in the fields every problem carries; runs for problems written by the framework too.</summary>
    public static void Complete(ProblemDetails problem, HttpContext context)
    {
        problem.Instance ??= context.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        var status = problem.Status ?? context.Response.StatusCode;
        if (!problem.Extensions.TryGetValue("code", out var code) || code is not string)
        {
            problem.Extensions["code"] = ProblemCodes.ForStatus(status);
        }

        // The framework knows a type URI for most statuses, but not for 428 and 429 (RFC 6585).
        problem.Type ??= status switch
        {
            428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
            429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            _ => "about:blank",
        };

        if (problem.Detail is null || problem.Detail == problem.Title)
        {
            problem.Detail = DefaultDetail(status) ?? problem.Title;
        }
    }

    private static string? DefaultDetail(int status) => status switch
    {
        404 => "There is no resource at this path. Routes start with /api/v1; see /swagger.",
        405 => "This path does not take this HTTP method; see /swagger for the operations it has.",
        415 => "Send the request body as application/json.",
        _ => null,
    };

    public static ValueTask WriteAsync(
        HttpContext context,
        int status,
        string code,
        string title,
        string detail,
        IDictionary<string, string[]>? errors = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        context.Response.StatusCode = status;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}

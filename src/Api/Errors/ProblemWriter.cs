using System.Diagnostics;
using System.Globalization;
using Jipp.Api.Localization;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Jipp.Api.Errors;

/// <summary>
/// The one place that writes error bodies: every problem gets code, traceId and instance, and
/// <c>Content-Language</c> names the language of its title and detail (English, or Indonesian
/// when the request's <c>Accept-Language</c> prefers it).
/// </summary>
public static class ProblemWriter
{
    public const string ContentType = "application/problem+json";

    /// <summary>Fills in the fields every problem carries; runs for problems written by the framework too.</summary>
    public static void Complete(ProblemDetails problem, HttpContext context)
    {
        problem.Instance ??= context.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        var status = problem.Status ?? context.Response.StatusCode;
        var indonesian = Languages.IsIndonesian(CultureInfo.CurrentUICulture);
        var needsDetail = problem.Detail is null || problem.Detail == problem.Title;
        if (!problem.Extensions.TryGetValue("code", out var code) || code is not string)
        {
            // Raised by the framework itself: its title is English.
            problem.Extensions["code"] = ProblemCodes.ForStatus(status);
            if (indonesian)
            {
                problem.Title = ApiMessages.TitleFor(status).Indonesian;
            }

            // A parameter that did not bind, answered as ProblemExceptionHandler answers the same failure when it is thrown.
            if (status == StatusCodes.Status400BadRequest && ParameterBindingFailures.FirstFailing(context) is { } parameter)
            {
                problem.Title = Refusal.Validation.Title.Text;
                problem.Detail = ApiMessages.ParameterNotValid.Format(parameter);
                problem.Extensions["errors"] = new Dictionary<string, string[]> { [parameter] = [ApiMessages.WrongTypeOrFormat.Text] };
                needsDetail = false;
            }
        }

        // The framework knows a type URI for most statuses, but not for 428 and 429 (RFC 6585).
        problem.Type ??= status switch
        {
            428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
            429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            _ => "about:blank",
        };

        if (needsDetail)
        {
            problem.Detail = ApiMessages.DetailFor(status)?.Text ?? problem.Title;
        }

        context.Response.Headers.ContentLanguage = indonesian ? Languages.Indonesian : Languages.English;
        context.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage);
    }

    /// <summary>
    /// Writes a refusal of the catalog: its status, code and title, and its detail (the catalog's
    /// default when none is given), in the request's language.
    /// </summary>
    public static ValueTask WriteAsync(
        HttpContext context,
        Refusal refusal,
        string? detail = null,
        IDictionary<string, string[]>? errors = null,
        IReadOnlyDictionary<string, object?>? extensions = null) =>
        WriteAsync(context, refusal.Status, refusal.Code, refusal.Title.Text, detail ?? refusal.Detail.Text, errors, extensions);

    /// <summary>Writes a problem whose title is rendered in the request's language.</summary>
    public static ValueTask WriteAsync(
        HttpContext context,
        int status,
        string code,
        Phrase title,
        string detail,
        IDictionary<string, string[]>? errors = null,
        IReadOnlyDictionary<string, object?>? extensions = null) =>
        WriteAsync(context, status, code, title.Text, detail, errors, extensions);

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

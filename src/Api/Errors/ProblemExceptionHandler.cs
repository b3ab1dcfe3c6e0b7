using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Jipp.Api.Localization;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Jipp.Api.Errors;

/// <summary>
/// Maps every exception to its problem response: validation to 400, domain refusals to 409 with
/// their code, a missing database to 503. Expected refusals are not logged as errors; anything
/// unexpected is logged and answered with a 500 that reveals nothing of the internals. Titles and
/// details are in the request's language (<see cref="ApiMessages"/>, <see cref="Refusals"/>); codes never change.
/// </summary>
public sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger, IConfiguration configuration) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// <c>true</c> adds the exception's type (never its message or stack trace) to 500 problems, for
    /// diagnosis on a developer's machine; off by default and in production.
    /// </summary>
    public const string DetailedErrorsSetting = "Jipp:DetailedErrors";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
            return true;
        }

        switch (exception)
        {
            case ValidationException validation:
                await ProblemWriter.WriteAsync(httpContext, 400, ProblemCodes.Validation, ApiMessages.InvalidRequest, ApiMessages.FieldsNotValid.Text, ValidationErrors.From(validation));
                break;
            case BadHttpRequestException badRequest:
                await WriteBadRequestAsync(httpContext, badRequest);
                break;
            case CriteriaNotMetException unmet:
                var criteria = unmet.Unmet.Select(c => new { criterion = JsonNamingPolicy.CamelCase.ConvertName(c.Criterion.ToString()), reasons = c.Reasons }).ToList();
                await ProblemWriter.WriteAsync(httpContext, 409, unmet.Code, ApiMessages.CriteriaNotMet, Refusals.Describe(unmet), extensions: new Dictionary<string, object?> { ["unmetCriteria"] = criteria });
                break;
            case DomainException domain:
                await ProblemWriter.WriteAsync(httpContext, 409, domain.Code, ApiMessages.RuleRefused, Refusals.Describe(domain));
                break;
            case NotFoundException notFound:
                await ProblemWriter.WriteAsync(httpContext, 404, ProblemCodes.NotFound, ApiMessages.NotFound, notFound.Detail?.Text ?? notFound.Message);
                break;
            case ForbiddenException forbidden:
                await ProblemWriter.WriteAsync(httpContext, 403, ProblemCodes.Forbidden, ApiMessages.Forbidden, forbidden.Detail?.Text ?? forbidden.Message);
                break;
            case PreconditionFailedException:
            case DbUpdateConcurrencyException when httpContext.Request.Headers.IfMatch.Count > 0:
                await ProblemWriter.WriteAsync(httpContext, 412, ProblemCodes.PreconditionFailed, ApiMessages.PreconditionFailed, Refusals.PreconditionFailed.Text);
                break;
            case PreconditionRequiredException:
                await ProblemWriter.WriteAsync(httpContext, 428, ProblemCodes.PreconditionRequired, ApiMessages.PreconditionRequired, Refusals.PreconditionRequired.Text);
                break;
            case DbUpdateConcurrencyException:
                await ProblemWriter.WriteAsync(httpContext, 409, ProblemCodes.ConcurrentUpdate, ApiMessages.ChangedConcurrently, ApiMessages.ConcurrentUpdate.Text);
                break;
            case DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }:
                await ProblemWriter.WriteAsync(httpContext, 409, ProblemCodes.Conflict, ApiMessages.Conflict, ApiMessages.DuplicateUnique.Text);
                break;
            case var unavailable when IsDatabaseUnavailable(unavailable):
                LogDatabaseUnavailable(logger, unavailable.GetType().Name);
                httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ProblemWriter.WriteAsync(httpContext, 503, ProblemCodes.Unavailable, ApiMessages.Unavailable, ApiMessages.DatabaseUnavailable.Text);
                break;
            default:
                LogUnexpected(logger, exception);
                var detailed = configuration.GetValue(DetailedErrorsSetting, false)
                    ? new Dictionary<string, object?> { ["exceptionType"] = exception.GetType().FullName }
                    : null;
                await ProblemWriter.WriteAsync(httpContext, 500, ProblemCodes.Internal, ApiMessages.InternalError, ApiMessages.Internal.Text, extensions: detailed);
                break;
        }

        return true;
    }

    private static ValueTask WriteBadRequestAsync(HttpContext context, BadHttpRequestException exception)
    {
        return exception.StatusCode switch
        {
            413 => ProblemWriter.WriteAsync(context, 413, ProblemCodes.PayloadTooLarge, ApiMessages.PayloadTooLarge, ApiMessages.BodyTooLarge.Text),
            415 => ProblemWriter.WriteAsync(context, 415, ProblemCodes.UnsupportedMediaType, ApiMessages.UnsupportedMediaType, ApiMessages.SendJson.Text),
            _ => WriteInvalidInputAsync(context, exception),
        };
    }

    private static ValueTask WriteInvalidInputAsync(HttpContext context, BadHttpRequestException exception)
    {
        var (detail, errors) = exception.InnerException is JsonException json ? DescribeJson(json) : DescribeBinding(exception.Message);
        return ProblemWriter.WriteAsync(context, 400, ProblemCodes.Validation, ApiMessages.InvalidRequest, detail, errors);
    }

    private static (string Detail, Dictionary<string, string[]>? Errors) DescribeJson(JsonException json)
    {
        var message = json.Message;

        // The reader's own exception type (internal to System.Text.Json) means the text is not JSON at all.
        if (json.GetType() != typeof(JsonException))
        {
            return (ApiMessages.NotJson.Format(Position(json)), null);
        }

        if (UnknownMember().Match(message) is { Success: true } unknown)
        {
            var field = FieldOf(json.Path, unknown.Groups[1].Value);
            return (ApiMessages.UnknownMember.Text, new() { [field] = [ApiMessages.UnknownMemberField.Text] });
        }

        if (MissingMembers().Match(message) is { Success: true } missing)
        {
            var errors = Quoted().Matches(missing.Groups[1].Value)
                .ToDictionary(m => m.Groups[1].Value, _ => new[] { ApiMessages.RequiredField.Text });
            return (ApiMessages.MissingMembers.Text, errors);
        }

        if (json.Path is { Length: > 1 } path)
        {
            var field = FieldOf(path, null);
            var reason = message.Contains("null", StringComparison.OrdinalIgnoreCase) ? ApiMessages.MustNotBeNull : ApiMessages.WrongTypeOrFormat;
            return (ApiMessages.MemberNotValid.Format(field), new() { [field] = [reason.Text] });
        }

        return (ApiMessages.NotJson.Format(Position(json)), null);
    }

    private static string Position(JsonException json) =>
        json.LineNumber is { } line ? ApiMessages.JsonPosition.Format(line + 1, json.BytePositionInLine + 1) : string.Empty;

    private static (string Detail, Dictionary<string, string[]>? Errors) DescribeBinding(string message)
    {
        if (BindFailure().Match(message) is { Success: true } bind)
        {
            var name = bind.Groups[1].Value;
            return (ApiMessages.ParameterNotValid.Format(name), new() { [name] = [ApiMessages.WrongTypeOrFormat.Text] });
        }

        if (message.Contains("body was provided", StringComparison.Ordinal) || message.Contains("request body", StringComparison.OrdinalIgnoreCase))
        {
            return (ApiMessages.BodyRequired.Text, null);
        }

        return (ApiMessages.InvalidRequest.Text, null);
    }

    /// <summary>Turns a JSON path such as <c>$.partners[0].name</c> into <c>partners[0].name</c>.</summary>
    private static string FieldOf(string? path, string? member)
    {
        var field = path is { Length: > 2 } ? path[2..] : string.Empty;
        if (member is not null && !field.EndsWith(member, StringComparison.Ordinal))
        {
            field = field.Length == 0 ? member : field + "." + member;
        }

        return field.Length == 0 ? "body" : field;
    }

    private static bool IsDatabaseUnavailable(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        NpgsqlException { InnerException: SocketException or TimeoutException } => true,
        TimeoutException => true,
        InvalidOperationException { InnerException: { } inner } => IsDatabaseUnavailable(inner),
        RetryLimitExceededException { InnerException: { } inner } => IsDatabaseUnavailable(inner),
        DbUpdateException { InnerException: { } inner } => IsDatabaseUnavailable(inner),
        _ => false,
    };

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownMember();

    [GeneratedRegex("missing required properties including: (.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex MissingMembers();

    [GeneratedRegex("'([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex("Failed to bind parameter \"[^\"]*? ([A-Za-z0-9_]+)\" from", RegexOptions.CultureInvariant)]
    private static partial Regex BindFailure();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType}); answering 503")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string exceptionType);
}

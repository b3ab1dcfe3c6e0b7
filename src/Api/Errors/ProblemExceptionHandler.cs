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
/// unexpected is logged and answered with a 500 that reveals nothing of the internals. Each answer is
/// a refusal of the catalog (<see cref="Refusal"/>): its code, status and title; details are in the
/// request's language (<see cref="ApiMessages"/>, <see cref="Refusals"/>); codes never change.
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
                await ProblemWriter.WriteAsync(httpContext, Refusal.Validation, errors: ValidationErrors.From(validation));
                break;
            case BadHttpRequestException badRequest:
                await WriteBadRequestAsync(httpContext, badRequest);
                break;
            case CriteriaNotMetException unmet:
                var criteria = unmet.Unmet.Select(c => new { criterion = JsonNamingPolicy.CamelCase.ConvertName(c.Criterion.ToString()), reasons = c.Reasons.Select(AssessmentReasons.Text).ToList() }).ToList();
                await ProblemWriter.WriteAsync(httpContext, Refusal.CandidacyCriteriaNotMet, Refusals.Describe(unmet), extensions: new Dictionary<string, object?> { ["unmetCriteria"] = criteria });
                break;
            case DomainException domain:
                // Every code the domain throws is in the catalog (RefusalCompletenessTests); an unknown one still answers 409.
                await ProblemWriter.WriteAsync(httpContext, Refusal.Find(domain.Code) ?? new Refusal(domain.Code, 409, Refusal.RuleRefused, Refusal.RuleRefused), Refusals.Describe(domain));
                break;
            case NotFoundException notFound:
                await ProblemWriter.WriteAsync(httpContext, Refusal.NotFound, notFound.Detail?.Text ?? notFound.Message);
                break;
            case ForbiddenException forbidden:
                await ProblemWriter.WriteAsync(httpContext, Refusal.Forbidden, forbidden.Detail?.Text ?? forbidden.Message);
                break;
            case PreconditionFailedException:
            case DbUpdateConcurrencyException when httpContext.Request.Headers.IfMatch.Count > 0:
                await ProblemWriter.WriteAsync(httpContext, Refusal.PreconditionFailed);
                break;
            case PreconditionRequiredException:
                await ProblemWriter.WriteAsync(httpContext, Refusal.PreconditionRequired);
                break;
            case DbUpdateConcurrencyException:
                await ProblemWriter.WriteAsync(httpContext, Refusal.ConcurrentUpdate);
                break;
            case DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }:
                await ProblemWriter.WriteAsync(httpContext, Refusal.Conflict);
                break;
            case var unavailable when IsDatabaseUnavailable(unavailable):
                LogDatabaseUnavailable(logger, unavailable.GetType().Name);
                httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ProblemWriter.WriteAsync(httpContext, Refusal.Unavailable);
                break;
            default:
                LogUnexpected(logger, exception);
                var detailed = configuration.GetValue(DetailedErrorsSetting, false)
                    ? new Dictionary<string, object?> { ["exceptionType"] = exception.GetType().FullName }
                    : null;
                await ProblemWriter.WriteAsync(httpContext, Refusal.Internal, extensions: detailed);
                break;
        }

        return true;
    }

    private static ValueTask WriteBadRequestAsync(HttpContext context, BadHttpRequestException exception)
    {
        return exception.StatusCode switch
        {
            413 => ProblemWriter.WriteAsync(context, Refusal.PayloadTooLarge),
            415 => ProblemWriter.WriteAsync(context, Refusal.UnsupportedMediaType),
            _ => WriteInvalidInputAsync(context, exception),
        };
    }

    private static ValueTask WriteInvalidInputAsync(HttpContext context, BadHttpRequestException exception)
    {
        var (detail, errors) = exception.InnerException is JsonException json ? DescribeJson(json) : DescribeBinding(exception.Message);
        return ProblemWriter.WriteAsync(context, Refusal.Validation, detail, errors);
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

        return (Refusal.Validation.Title.Text, null);
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

    internal static bool IsDatabaseUnavailable(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        NpgsqlException { InnerException: SocketException or TimeoutException } => true,
        // A multi-host connection string (Target Session Attributes=primary) while no host is the primary: the
        // primary is lost and the standby not promoted yet. Npgsql has no type or code for it, only this message.
        NpgsqlException { InnerException: null, Message: NoSuitableHost } and not PostgresException => true,
        // Every host of a multi-host connection string failed; Npgsql gathers their exceptions.
        NpgsqlException { InnerException: AggregateException { InnerExceptions: var inner } } when inner.Count > 0 && inner.All(IsDatabaseUnavailable) => true,
        TimeoutException => true,
        InvalidOperationException { InnerException: { } inner } => IsDatabaseUnavailable(inner),
        RetryLimitExceededException { InnerException: { } inner } => IsDatabaseUnavailable(inner),
        DbUpdateException { InnerException: { } inner } => IsDatabaseUnavailable(inner),
        _ => false,
    };

    private const string NoSuitableHost = "No suitable host was found.";

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

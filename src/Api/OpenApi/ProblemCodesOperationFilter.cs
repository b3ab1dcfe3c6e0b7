using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jipp.Api.Errors;
using Jipp.Api.Localization;
using Jipp.Application.Common.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>
/// Lists, for every problem status of every operation, the <c>code</c> values it can carry (409s by
/// the rules of the operation, as the contract names them), gives each an example body, and
/// documents <c>Accept-Language</c>, which picks the language of problem texts.
/// </summary>
public sealed partial class ProblemCodesOperationFilter : IOperationFilter
{
    /// <summary>The domain rules each operation can break (409), by operation id.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RulesByOperation = new Dictionary<string, string[]>
    {
        ["RegisterAgency"] = ["agency.duplicate_name", "agency.regional_government_exists"],
        ["CreateApiClient"] = ["api_client.scope_mismatch"],
        ["UpdateInnovation"] = [Transition],
        ["SubmitInnovation"] = [Transition],
        ["VerifyInnovation"] = [Transition, "innovation.notes_required"],
        ["ArchiveInnovation"] = [Transition],
        ["ShortlistCandidacy"] = ["candidacy.already_hub", "candidacy.already_open", "candidacy.not_eligible"],
        ["InviteCandidate"] = [Transition],
        ["AnswerInvitation"] = [Transition],
        ["RecordCommitment"] = [Transition],
        ["SubmitReadiness"] = [Transition],
        ["AssessCandidacy"] = [Transition],
        ["DesignateHub"] = [Transition, "candidacy.criteria_not_met"],
        ["RejectCandidacy"] = [Transition],
        ["WithdrawCandidacy"] = [Transition],
        ["AddHubPartner"] = ["hub.duplicate_partner"],
        ["SubmitReplicationRequest"] = ["replication.not_published", "replication.not_replicable", "replication.own_innovation", "replication.duplicate_open_request"],
        ["VerifyReplicationRequest"] = [Transition],
        ["AgreeToReplication"] = [Transition],
        ["RecordMentoringSession"] = [Transition],
        ["CompleteReplication"] = [Transition, "replication.no_mentoring"],
        ["CancelReplicationRequest"] = [Transition],
    };

    private const string Transition = "invalid_transition";
    private const string InProgress = "idempotency_in_progress";

    private static readonly Dictionary<string, string> SampleArgument = new()
    {
        ["agency.duplicate_name"] = "Universitas Airlangga",
        ["hub.duplicate_partner"] = "Institut Teknologi Sepuluh Nopember",
        ["candidacy.criteria_not_met"] = "stakeholderSupport",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Accept-Language",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The language of problem `title`, `detail` and validation messages: `id` (also `id-ID`) for Indonesian, `en` for English; English for any other language or none. `Content-Language` names the language used. Codes and data never change.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Example = JsonValue.Create("id-ID,id;q=0.9") },
        });

        operation.Responses ??= [];
        var id = operation.OperationId ?? string.Empty;
        var method = context.ApiDescription.HttpMethod ?? "GET";
        var rules = RulesByOperation.TryGetValue(id, out var known) ? known : [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ApiProblem), context.SchemaRepository);
        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Body"))
        {
            Add(operation, problem, "413", $"{Title(413)} (`{ProblemCodes.PayloadTooLarge}`): the body is larger than 1 MiB.");
            Add(operation, problem, "415", $"{Title(415)} (`{ProblemCodes.UnsupportedMediaType}`): send the body as `application/json`.");
        }

        var conflicts = rules.ToList();
        if (HttpMethods.IsPost(method))
        {
            conflicts.Add(InProgress);
        }

        if (operation.Parameters.Any(p => p.Name == "If-Match"))
        {
            conflicts.Add(ProblemCodes.ConcurrentUpdate);
        }

        if (conflicts.Count > 0)
        {
            operation.Responses["409"] = new OpenApiResponse
            {
                Description = "Refused: the `code` names the reason, `detail` explains it. " + string.Join(" ", conflicts.Select(c => $"`{c}`: {Explain(c)}")),
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemWriter.ContentType] = new() { Schema = problem } },
            };
        }

        var path = SamplePath(context.ApiDescription.RelativePath ?? string.Empty);
        foreach (var (status, response) in operation.Responses.Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')).ToList())
        {
            if (response is not OpenApiResponse concrete || concrete.Content?.TryGetValue(ProblemWriter.ContentType, out var media) != true || media is null)
            {
                continue;
            }

            var code = status == "409" ? conflicts.FirstOrDefault() ?? ProblemCodes.Conflict : CodeFor(status);
            if (status != "409" && concrete.Description?.Contains($"`{code}`", StringComparison.Ordinal) != true)
            {
                concrete.Description = $"{concrete.Description} Code: `{code}`.".Trim();
            }

            media.Example = Example(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), code, path, Anonymous(context));
        }
    }

    private static string CodeFor(string status) => status switch
    {
        "422" => "idempotency_key_reused",
        _ => ProblemCodes.ForStatus(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static string Title(int status) => ApiMessages.TitleFor(status).English;

    private static string Explain(string code) => code switch
    {
        Transition => "the state machine does not allow this action from the resource's current state, which `detail` names.",
        InProgress => "a request with this `Idempotency-Key` is still running; retry in a moment.",
        ProblemCodes.ConcurrentUpdate => "another request changed the resource at the same moment; read it again and retry.",
        _ when Refusals.Rules.TryGetValue(code, out var rule) => rule.FormatEnglish("…"),
        _ => code,
    };

    private static bool Anonymous(OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        return metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null);
    }

    /// <summary>An example problem body as the service writes it (in English).</summary>
    internal static JsonObject Example(int status, string code, string path, bool anonymous)
    {
        var (title, detail) = status switch
        {
            409 when code == Transition => (ApiMessages.RuleRefused.English, "Cannot submit an innovation that is published; only one that is draft or returned."),
            409 when code == InProgress => (ApiMessages.RequestInProgress.English, ApiMessages.IdempotencyInProgress.English),
            409 when code == ProblemCodes.ConcurrentUpdate => (ApiMessages.ChangedConcurrently.English, ApiMessages.ConcurrentUpdate.English),
            409 when Refusals.Rules.TryGetValue(code, out var rule) => (code == "candidacy.criteria_not_met" ? ApiMessages.CriteriaNotMet.English : ApiMessages.RuleRefused.English, rule.FormatEnglish(SampleArgument.GetValueOrDefault(code))),
            400 => (ApiMessages.InvalidRequest.English, ApiMessages.FieldsNotValid.English),
            401 => (ApiMessages.Unauthenticated.English, anonymous ? ApiMessages.ApiKeyUnknown.English : ApiMessages.ApiKeyNeeded.English),
            403 => (ApiMessages.Forbidden.English, ApiMessages.RoleMayNotCall.English),
            404 => (ApiMessages.NotFound.English, Refusals.NotFoundAnything.English),
            412 => (ApiMessages.PreconditionFailed.English, Refusals.PreconditionFailed.English),
            413 => (ApiMessages.PayloadTooLarge.English, ApiMessages.BodyTooLarge.English),
            415 => (ApiMessages.UnsupportedMediaType.English, ApiMessages.SendJson.English),
            422 => (ApiMessages.IdempotencyKeyReused.English, ApiMessages.IdempotencyReused.English),
            428 => (ApiMessages.PreconditionRequired.English, Refusals.PreconditionRequired.English),
            429 => (ApiMessages.TooManyRequests.English, ApiMessages.RateLimitedDetail.FormatEnglish(60)),
            503 => (ApiMessages.Unavailable.English, ApiMessages.DatabaseUnavailable.English),
            _ => (ApiMessages.TitleFor(status).English, ApiMessages.TitleFor(status).English),
        };

        var example = new JsonObject
        {
            ["type"] = TypeFor(status),
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = path,
            ["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736",
            ["code"] = code,
        };
        if (status == 400)
        {
            example["errors"] = new JsonObject { ["title"] = new JsonArray("'Title' is required.") };
        }

        return example;
    }

    /// <summary>The route with sample values in its parameters, as a problem's <c>instance</c>.</summary>
    private static string SamplePath(string route)
    {
        var path = RouteParameter().Replace(route, m => m.Groups[1].Value switch
        {
            "version" => "1",
            "code" => "35",
            "year" => "2023",
            _ => "01938c2e-7a10-7c3d-9d51-3f8a2b6c4e04",
        });
        return "/" + path.TrimEnd('/');
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex RouteParameter();

    /// <summary>The <c>type</c> the framework gives each status (the RFC 9110 section), else <c>about:blank</c>.</summary>
    private static string TypeFor(int status) => status switch
    {
        >= 400 and <= 417 => $"https://tools.ietf.org/html/rfc9110#section-15.5.{status - 399}",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        >= 500 and <= 505 => $"https://tools.ietf.org/html/rfc9110#section-15.6.{status - 499}",
        _ => "about:blank",
    };

    private static void Add(OpenApiOperation operation, IOpenApiSchema schema, string status, string description)
    {
        if (!operation.Responses!.ContainsKey(status))
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemWriter.ContentType] = new() { Schema = schema } },
            };
        }
    }
}

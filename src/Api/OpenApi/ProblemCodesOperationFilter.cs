using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jipp.Api.Endpoints;
using Jipp.Api.Errors;
using Jipp.Api.Localization;
using Jipp.Application.Common.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>
/// Lists, for every problem status of every operation, the <c>code</c> values it can carry (in the
/// description and as <c>x-problem-codes</c>), gives each an example body, and documents
/// <c>Accept-Language</c>, which picks the language of problem texts. The codes come from the
/// endpoint's metadata (<see cref="EndpointConventions.Refuses"/>, <see cref="EndpointConventions.HonoursIfMatch"/>)
/// and the catalog (<see cref="Refusal"/>), never from the operation's id or path.
/// </summary>
public sealed partial class ProblemCodesOperationFilter : IOperationFilter
{
    /// <summary>The extension of a problem response that lists the codes it can carry.</summary>
    public const string CodesExtension = "x-problem-codes";

    private static readonly Dictionary<string, string> SampleArgument = new()
    {
        [Refusal.AgencyDuplicateName.Code] = "Universitas Airlangga",
        [Refusal.HubDuplicatePartner.Code] = "Institut Teknologi Sepuluh Nopember",
        [Refusal.CandidacyCriteriaNotMet.Code] = "stakeholderSupport",
        [Refusal.WebhookTooManySubscriptions.Code] = "20",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Accept-Language",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The language of problem `title`, `detail` and validation messages: `id` (also `id-ID`) for Indonesian, `en` for English; English for any other language or none. `Content-Language` names the language used. Codes and data never change."
                + (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AnswersInRequestLanguageMetadata>().Any() ? " The `reasons` of an assessment's criteria (and of `unmetCriteria`) are sentences in this language too." : string.Empty),
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Example = JsonValue.Create("id-ID,id;q=0.9") },
        });

        operation.Responses ??= [];
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var method = context.ApiDescription.HttpMethod ?? "GET";
        var declared = Declared(metadata);
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ApiProblem), context.SchemaRepository);
        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Body"))
        {
            Add(operation, problem, "413", $"{Title(413)} (`{Refusal.PayloadTooLarge.Code}`): the body is larger than 1 MiB.");
            Add(operation, problem, "415", $"{Title(415)} (`{Refusal.UnsupportedMediaType.Code}`): send the body as `application/json`.");
        }

        var conflicts = declared.Where(r => r.Status == 409).ToList();
        if (HttpMethods.IsPost(method))
        {
            conflicts.Add(Refusal.IdempotencyInProgress);
        }

        if (metadata.OfType<IfMatchMetadata>().Any())
        {
            conflicts.AddRange(IfMatchMetadata.Refusals.Where(r => r.Status == 409));
        }

        conflicts = [.. conflicts.Distinct()];
        if (conflicts.Count > 0)
        {
            operation.Responses["409"] = new OpenApiResponse
            {
                Description = "Refused: the `code` names the reason, `detail` explains it. " + string.Join(" ", conflicts.Select(c => $"`{c.Code}`: {c.Explanation}")),
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

            var number = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture);
            var codes = number == 409 ? conflicts : CodesFor(number, declared);
            var code = codes.FirstOrDefault()?.Code ?? ProblemCodes.ForStatus(number);
            if (number != 409 && concrete.Description?.Contains($"`{code}`", StringComparison.Ordinal) != true)
            {
                concrete.Description = $"{concrete.Description} Code: `{code}`.".Trim();
            }

            media.Example = Example(number, code, path, Anonymous(context));
            concrete.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            concrete.Extensions[CodesExtension] = CodeList(codes.Count > 0 ? codes.Select(c => c.Code) : [code]);
        }
    }

    /// <summary>The refusals the endpoint declares, in the order declared.</summary>
    public static IReadOnlyList<Refusal> Declared(IEnumerable<object> metadata) =>
        [.. metadata.OfType<RefusalsMetadata>().SelectMany(m => m.Refusals).Distinct()];

    /// <summary>The <c>x-problem-codes</c> value: the codes a problem response can carry.</summary>
    internal static JsonNodeExtension CodeList(IEnumerable<string> codes) =>
        new(new JsonArray([.. codes.Select(c => (JsonNode)JsonValue.Create(c))]));

    /// <summary>The codes of a status other than 409: those the endpoint declares, else the catalog's for the status.</summary>
    private static List<Refusal> CodesFor(int status, IReadOnlyList<Refusal> declared)
    {
        var codes = declared.Where(r => r.Status == status).ToList();
        if (codes.Count == 0 && (status == 422 ? Refusal.IdempotencyKeyReused : Refusal.ForStatus(status)) is { } generic)
        {
            codes.Add(generic);
        }

        return codes;
    }

    private static string Title(int status) => ApiMessages.TitleFor(status).English;

    private static bool Anonymous(OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        return metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null);
    }

    /// <summary>An example problem body as the service writes it (in English).</summary>
    internal static JsonObject Example(int status, string code, string path, bool anonymous)
    {
        var refusal = Refusal.Find(code);
        var (title, detail) = refusal switch
        {
            { Status: 409 } when refusal == Refusal.InvalidTransition => (refusal.Title.English, "Cannot submit an innovation that is published; only one that is draft or returned."),
            { Status: 409 } when SampleArgument.ContainsKey(code) || refusal.Detail.English.Contains("{0}", StringComparison.Ordinal) => (refusal.Title.English, refusal.Detail.FormatEnglish(SampleArgument.GetValueOrDefault(code))),
            { Status: 401 } when anonymous => (refusal.Title.English, ApiMessages.ApiKeyUnknown.English),
            { Status: 403 } => (refusal.Title.English, ApiMessages.RoleMayNotCall.English),
            { Status: 429 } => (refusal.Title.English, refusal.Detail.FormatEnglish(60)),
            { Status: 406 } => (refusal.Title.English, refusal.Detail.FormatEnglish("application/json, text/csv")),
            { } known when known.Status == status => (known.Title.English, known.Detail.English),
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

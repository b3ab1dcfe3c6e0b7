using Jipp.Api.Endpoints;
using Jipp.Api.Errors;
using Jipp.Api.Security;
using Jipp.Application.Common.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>
/// Describes, on every operation, who may call it and the problems every operation can answer
/// (an unknown key, an unreachable database), so that endpoints declare only their own ones.
/// </summary>
public sealed class SecurityAndProblemsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any() || policies.Count == 0;

        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ApiProblem), context.SchemaRepository);
        AddProblem(operation, problem, "401", "Unauthenticated (`unauthenticated`): " + (anonymous ? "the X-Api-Key sent is unknown or revoked." : "no API key, or one that is unknown or revoked."));
        if (!anonymous)
        {
            AddProblem(operation, problem, "403", "Forbidden (`forbidden`): your client's role or scope may not call this operation.");
        }

        if (HttpMethods.IsPost(context.ApiDescription.HttpMethod ?? "GET"))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "Idempotency-Key",
                In = ParameterLocation.Header,
                Required = false,
                Description = "1–255 characters. Retrying with the same key and body within 24 h replays the first response (with `Idempotency-Replayed: true`) and changes nothing again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
            });
            AddProblem(operation, problem, "422", "Idempotency key reused (`idempotency_key_reused`): the key was used with a different request.");
            if (!operation.Responses.ContainsKey("409"))
            {
                AddProblem(operation, problem, "409", "Request in progress (`idempotency_in_progress`): a request with this Idempotency-Key is still running.");
            }
        }

        // A change to a single versioned resource honours If-Match: the endpoint says so (HonoursIfMatch).
        if (metadata.OfType<IfMatchMetadata>().Any())
        {
            operation.Parameters ??= [];
            if (!operation.Parameters.Any(p => p.Name == "If-Match"))
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "The ETag of the resource as you last read it; a stale one answers 412 `precondition_failed` and changes nothing.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            AddProblem(operation, problem, "412", $"Precondition failed (`{Refusal.PreconditionFailed.Code}`): the resource changed since the ETag in `If-Match`.");
            AddProblem(operation, problem, "428", $"Precondition required (`{Refusal.PreconditionRequired.Code}`): only where the service is configured to require `If-Match` on changes (`Jipp:RequireIfMatch`), when none was sent.");
        }

        if (operation.RequestBody is not null)
        {
            AddProblem(operation, problem, "413", "Payload too large (`payload_too_large`): the body is larger than 1 MiB.");
        }

        if (!operation.Responses.ContainsKey("429"))
        {
            operation.Responses["429"] = new OpenApiResponseReference(TooManyRequests(context, problem), context.Document);
        }

        AddProblem(operation, problem, "503", "Unavailable (`unavailable`): the database is unreachable, or, for a read, the instance already has as many reads waiting for a turn as it accepts (`Jipp:Admission:QueueLimit`; it works on a bounded number at once, the others wait in arrival order); retry after the `Retry-After` seconds.");
        if (operation.Responses["503"] is OpenApiResponse unavailable)
        {
            unavailable.Headers ??= new Dictionary<string, IOpenApiHeader>();
            unavailable.Headers[RetryAfterHeader] = RateLimitHeaders.Reference(RetryAfterHeader, context);
        }

        foreach (var (status, description) in StandardDescriptions)
        {
            if (operation.Responses.TryGetValue(status, out var response) && response is OpenApiResponse concrete && concrete.Description == ReasonPhrase(status))
            {
                concrete.Description = description;
            }
        }

        var who = anonymous ? "Anyone, also without an API key." : "Callers with the role: " + string.Join(", ", policies.Select(Policies.Describe)) + ".";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? "**Who**: " + who : operation.Description + "\n\n**Who**: " + who;

        var apiKey = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SwaggerSetup.SecuritySchemeName, context.Document)] = [] };

        // Open to anonymous callers, yet a key changes the answer (an agency also sees its own drafts):
        // the key is optional, which OpenAPI says with an empty requirement beside the key's.
        operation.Security = anonymous ? [new OpenApiSecurityRequirement(), apiKey] : [apiKey];
    }

    private static readonly (string Status, string Description)[] StandardDescriptions =
    [
        ("400", "Invalid input (`validation`): malformed JSON, an unknown member, an invalid field or query parameter; `errors` names each field."),
        ("404", "Not found (`not_found`): no such resource, or one you may not see."),
        ("409", "Refused by a business rule or the state machine: `code` names the rule, `detail` explains."),
        ("412", "Precondition failed (`precondition_failed`): `If-Match` does not match the current `ETag`."),
    ];

    private static string ReasonPhrase(string status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The 429 answer, described once in the document's components and referenced by every operation.</summary>
    private static string TooManyRequests(OperationFilterContext context, IOpenApiSchema problem)
    {
        const string name = "TooManyRequests";
        var components = context.Document.Components ??= new OpenApiComponents();
        components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        if (!components.Responses.ContainsKey(name))
        {
            components.Responses[name] = new OpenApiResponse
            {
                Description = "Too many requests (`rate_limited`): the caller's rate limit is used up (per API client, or per address "
                    + "without a key; new replication requests also have an hourly limit per client); retry after the `Retry-After` seconds.",
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    [RetryAfterHeader] = RateLimitHeaders.Reference(RetryAfterHeader, context),
                    [RateLimiting.LimitHeader] = RateLimitHeaders.Reference(RateLimiting.LimitHeader, context),
                    [RateLimiting.RemainingHeader] = RateLimitHeaders.Reference(RateLimiting.RemainingHeader, context),
                    [RateLimiting.ResetHeader] = RateLimitHeaders.Reference(RateLimiting.ResetHeader, context),
                },
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemWriter.ContentType] = new()
                    {
                        Schema = problem,
                        Example = ProblemCodesOperationFilter.Example(429, Refusal.RateLimited.Code, "/api/v1/innovations", anonymous: false),
                    },
                },
                Extensions = new Dictionary<string, IOpenApiExtension> { [ProblemCodesOperationFilter.CodesExtension] = ProblemCodesOperationFilter.CodeList([Refusal.RateLimited.Code]) },
            };
        }

        return name;
    }

    private const string RetryAfterHeader = "Retry-After";

    private static void AddProblem(OpenApiOperation operation, IOpenApiSchema schema, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemWriter.ContentType] = new() { Schema = schema } },
        };
    }
}

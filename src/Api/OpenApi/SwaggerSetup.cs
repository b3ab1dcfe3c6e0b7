using Jipp.Application;
using Jipp.Infrastructure.Security;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

public static class SwaggerSetup
{
    public const string DocumentName = "v1";
    public const string SecuritySchemeName = "ApiKey";

    public static void Configure(SwaggerGenOptions options)
    {
        options.SwaggerDoc(DocumentName, new OpenApiInfo
        {
            Title = "JIPP Hub API",
            Version = "v1",
            Description = """
                The system of record of Indonesia's Public Service Innovation Network (Jaringan Inovasi
                Pelayanan Publik, JIPP), run by KemenPANRB: reference data, agencies and API clients; the
                innovation registry; hub onboarding against the ministry's three selection criteria; hubs, their
                partners and activities; replication requests with the hub's mentoring; statistics; the event
                feed and the audit trail.

                **Authentication**: send your key in the `X-Api-Key` header (use the Authorize button).
                Reads of reference data and hubs are open to anonymous callers; a key that is sent but
                unknown or revoked is refused with 401 on every route.

                **Conventions**: JSON in camelCase, enums as camelCase strings, dates `2023-02-13`, instants
                in UTC with `Z`. Unknown members in a request body are rejected with 400. Lists answer
                `{ items, nextCursor }` and take `pageSize` (1–100, default 20) and `cursor` (opaque, from
                `nextCursor`). Every error is `application/problem+json` with a machine-readable `code`.

                **Safe retries and updates**: send `Idempotency-Key` with every POST and reuse it on retry;
                send a resource's `ETag` back in `If-Match` to change it only if nobody changed it meanwhile (412
                otherwise). Follow changes with `GET /api/v1/events?after=`.

                **Languages**: problem titles and details and validation messages are in English by default
                and in Indonesian (Bahasa Indonesia) when `Accept-Language` prefers `id` (e.g. `id-ID,id;q=0.9`);
                `Content-Language` says which. The `code` of a problem, field names and data are the same in
                both languages, so program against `code`. Enum values are English identifiers; each enum's
                description gives the Indonesian term of every value. The `reasons` of a candidacy's
                assessment are sentences in the requested language too; program against `criterion` and `met`.
                """,
        });

        options.AddSecurityDefinition(SecuritySchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ClientClaims.HeaderName,
            Description = """
                The API key of your API client, in the `X-Api-Key` header, exactly as shown once when the
                ministry created the client (`POST /api/v1/api-clients`); only its hash is stored. A client has one
                role (`ministry`, `hub`, `agency` or `reader`) and, for `hub` and `agency`, one scope (a hub or an
                agency), which decide what it may call. Without a key you may read reference data, hubs,
                published innovations and statistics; a key that is unknown or revoked is refused with 401
                (`unauthenticated`) on every route, and a role that may not call an operation gets 403 (`forbidden`).
                A key's lookup is remembered for a few seconds (`Jipp:ApiKeyCacheSeconds`, 5 by default, at most 30),
                so a revoked key is refused within that time of its revocation.
                """,
        });

        // Relative: the document describes the server that serves it, wherever it is deployed.
        options.AddServer(new OpenApiServer
        {
            Url = "/",
            Description = "The server that serves this document, in every environment (production, staging, a local run).",
            Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
        });

        options.SupportNonNullableReferenceTypes();

        // An assessment's reason is stored as a code with figures and answered as a sentence in the caller's language.
        options.MapType<Jipp.Domain.Candidacies.CriterionReason>(() => new OpenApiSchema { Type = JsonSchemaType.String });

        // A property that refers to another schema keeps its own nullability and description (a
        // candidacy's `willingness` is null until answered): without the allOf wrapper, OpenAPI 3.0
        // cannot say so, and generated clients refuse the nulls the service sends.
        options.UseAllOfToExtendReferenceSchemas();
        options.IncludeXmlComments(typeof(DependencyInjection).Assembly);
        options.IncludeXmlComments(typeof(SwaggerSetup).Assembly);
        options.OperationFilter<SecurityAndProblemsOperationFilter>();
        options.OperationFilter<ProblemCodesOperationFilter>();
        options.OperationFilter<AgeHeader.OperationFilter>();
        options.OperationFilter<ETagHeaderOperationFilter>();
        options.OperationFilter<CsvExampleOperationFilter>();
        options.SchemaFilter<EnumAndExampleSchemaFilter>();
        options.CustomSchemaIds(SchemaId);
        options.ParameterFilter<EnumQueryParameterFilter>();
        options.SchemaFilter<ValidatorBoundsSchemaFilter>();
        options.OperationFilter<ValidatorBoundsOperationFilter>();
        options.OperationFilter<RateLimitHeaders.OperationFilter>();
        options.DocumentFilter<EventCatalogueDocumentFilter>();
        options.DocumentFilter<CallerInputDocumentFilter>();
        options.DocumentFilter<NullableReferenceDocumentFilter>();
    }

    /// <summary>Short schema names: <c>AgencyDto</c> is "Agency", <c>Page&lt;AgencyDto&gt;</c> is "AgencyPage".</summary>
    internal static string SchemaId(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name.Replace("Dto", string.Empty, StringComparison.Ordinal);
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return string.Concat(type.GetGenericArguments().Select(SchemaId)) + name;
    }
}

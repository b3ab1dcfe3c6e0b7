using Asp.Versioning;
using Jipp.Api.Admission;
using Jipp.Api.Endpoints;
using Jipp.Api.Errors;
using Jipp.Api.Health;
using Jipp.Api.Json;
using Jipp.Api.Localization;
using Jipp.Api.OpenApi;
using Jipp.Api.PublicPage;
using Jipp.Api.Replicas;
using Jipp.Api.Security;
using Jipp.Api.Telemetry;
using Jipp.Application;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Behaviours;
using Jipp.Infrastructure;
using Jipp.Infrastructure.Persistence;
using Jipp.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = RequestLimitsMiddleware.MaxBodyBytes;
    kestrel.Limits.MaxRequestLineSize = 8 * 1024;
    kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
    kestrel.Limits.MaxRequestHeaderCount = 64;
});

builder.Services.ConfigureHttpJsonOptions(options => JsonSetup.Configure(options.SerializerOptions));

// Swashbuckle describes schemas with MVC's JSON options, not the endpoints' ones: the same
// conventions there make the OpenAPI document show enums as the camelCase strings on the wire.
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => JsonSetup.Configure(options.JsonSerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(options =>
    options.CustomizeProblemDetails = context => ProblemWriter.Complete(context.ProblemDetails, context.HttpContext));
builder.Services.AddSingleton<IProblemDetailsWriter, AnyAcceptProblemDetailsWriter>();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

// Traces, metrics and JSON logs; nothing is collected unless an exporter or the scrape port is configured (ADR 22).
builder.AddJippTelemetry();

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(Jipp.Application.DependencyInjection)];
    options.PipelineBehaviors = [typeof(TracingBehaviour<,>), typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(UnitOfWorkBehaviour<,>)];
});

// The caller is the API client of the X-Api-Key header; handlers and the unit of work see it as ICurrentClient.
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentClient, CurrentClient>();
builder.Services.AddAuthentication(ClientClaims.Scheme)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ClientClaims.Scheme, null);
builder.Services.AddAuthorizationBuilder().AddJippPolicies();
builder.Services.AddJippRateLimiting(builder.Configuration);
builder.Services.AddJippCors(builder.Configuration);
builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

builder.Services
    .AddApiVersioning(options =>
    {
        options.DefaultApiVersion = new ApiVersion(1, 0);
        options.ReportApiVersions = true;
        options.ApiVersionReader = new UrlSegmentApiVersionReader();
        options.UnsupportedApiVersionStatusCode = StatusCodes.Status404NotFound;
    })
    .AddApiExplorer(options =>
    {
        options.GroupNameFormat = "'v'V";
        options.SubstituteApiVersionInUrl = true;
    });
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSingleton(services => ValidatorBounds.Read(services));
builder.Services.AddSwaggerGen(SwaggerSetup.Configure);
builder.Services.AddJippForwardedHeaders(builder.Configuration);
builder.Services.AddJippPublicPage();
builder.Services.AddOptions<AdmissionOptions>().Bind(builder.Configuration.GetSection(AdmissionOptions.Section));
builder.Services.AddSingleton<RequestAdmission>();

var app = builder.Build();

await DatabaseInitializer.InitializeAsync(app.Services);

// The caller's address as the configured proxies forward it, before anything reads it (rate limits, logs).
app.UseJippForwardedHeaders();

// Outermost, so that every problem (also those of the handlers below) speaks the caller's language.
app.UseJippRequestLanguage();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<SupportedVersionsHeaderMiddleware>();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<RequestLimitsMiddleware>();
app.UseJippCors();

if (app.Configuration.GetValue("Jipp:SwaggerUi", true))
{
    app.UseSwagger();
    app.UseSwaggerUI(ui =>
    {
        ui.SwaggerEndpoint($"/swagger/{SwaggerSetup.DocumentName}/swagger.json", "JIPP Hub API v1");
        ui.RoutePrefix = "swagger";
        ui.DocumentTitle = "JIPP Hub API";
        ui.EnablePersistAuthorization();
        ui.DisplayRequestDuration();
    });
}

// The public page's bundled scripts and styles (ADR 29); the page itself is an endpoint, below.
app.UseJippPublicPageAssets();

// The API's reads a few at a time, oldest first (ADR 33): before anything that reads the database for them.
app.UseMiddleware<RequestAdmissionMiddleware>();

app.UseAuthentication();

// After authentication (a client's requests count against its own limit), before the refusal
// of bad keys (so key guessing counts against the caller's address).
app.UseJippRateLimiting();
app.UseMiddleware<RejectInvalidApiKeyMiddleware>();
app.UseAuthorization();

// After authorization (it needs the caller), before anything that reads the database for the endpoint.
app.UseMiddleware<ReadRoutingMiddleware>();
app.UseMiddleware<IdempotencyMiddleware>();

// Again inside: refusals of the endpoints, and the framework's own bodiless errors (no route, a
// content type the endpoint does not read), become problem responses that idempotency keys keep.
app.UseStatusCodePages();
app.UseExceptionHandler();

app.MapJippHealthChecks();
app.MapJippPublicPage();

var v1 = app.NewVersionedApi("JIPP").MapGroup("/api/v{version:apiVersion}").HasApiVersion(1.0);
v1.MapReferenceDataEndpoints();
v1.MapAgenciesEndpoints();
v1.MapHubsEndpoints();
v1.MapApiClientsEndpoints();
v1.MapInnovationsEndpoints();
v1.MapCandidaciesEndpoints();
v1.MapStatisticsEndpoints();
v1.MapScorecardsEndpoints();
v1.MapReplicationRequestsEndpoints();
v1.MapEventsAndAuditEndpoints();
v1.MapWebhooksEndpoints();
v1.MapOpenDataEndpoints();
v1.MapMatchmakingEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;

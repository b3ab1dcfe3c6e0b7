using Jipp.Api.Errors;
using Jipp.Api.Security;
using Jipp.Application.ApiClients;
using Jipp.Application.ApiClients.CreateApiClient;
using Jipp.Application.ApiClients.GetApiClient;
using Jipp.Application.ApiClients.ListApiClients;
using Jipp.Application.ApiClients.RevokeApiClient;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Paging;
using Jipp.Domain.ApiClients;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>API clients: who may call the service, with which role and scope.</summary>
public static class ApiClientsEndpoints
{
    public static IEndpointRouteBuilder MapApiClientsEndpoints(this IEndpointRouteBuilder routes)
    {
        var clients = routes.MapGroup("/api-clients").WithTags("API clients").RequireAuthorization(Policies.Ministry);
        clients.MapPost("/", CreateApiClient)
            .WithName(nameof(CreateApiClient))
            .WithSummary("Create an API client")
            .WithDescription("""
                Creates a client and its key. The key is in this response only: it is stored as a hash and
                cannot be shown again (a replay with the same Idempotency-Key answers without it). `agency` clients need `agencyId`, `hub` clients `hubId`; `ministry`
                and `reader` clients take neither.
                """)
            .Refuses(Refusal.Validation, Refusal.ApiClientScopeMismatch);
        clients.MapGet("/", ListApiClients)
            .WithName(nameof(ListApiClients))
            .WithSummary("List API clients")
            .WithDescription("Clients in order of creation, keyset paged, revoked ones included. Keys are never listed.")
            .Refuses(Refusal.Validation);
        clients.MapGet("/{id:guid}", GetApiClient)
            .WithName(nameof(GetApiClient))
            .WithSummary("Get one API client")
            .Refuses(Refusal.NotFound);
        clients.MapDelete("/{id:guid}", RevokeApiClient)
            .WithName(nameof(RevokeApiClient))
            .WithSummary("Revoke an API client")
            .WithDescription("Revokes the client's key: it answers 401 within `Jipp:ApiKeyCacheSeconds` (5 s by default), how long a key's lookup is remembered. Revoking again changes nothing.")
            .Refuses(Refusal.NotFound);
        return routes;
    }

    /// <summary>Creates an API client.</summary>
    internal static async Task<Created<CreatedApiClientDto>> CreateApiClient(CreateApiClient command, ISender sender, HttpContext http, CancellationToken ct)
    {
        // The key is shown once: an idempotent replay of this response leaves it out.
        http.Items[IdempotencyMiddleware.SecretMemberItem] = "key";
        var client = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/api-clients/{client.Id}", client);
    }

    /// <summary>Lists API clients.</summary>
    /// <param name="role">Only clients with this role.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<ApiClientDto>>> ListApiClients(EnumQuery<ApiClientRole>? role, int? pageSize, string? cursor, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListApiClients(role.ValueOrNull(), pageSize ?? PageLimits.Default, cursor), ct));

    /// <summary>Gets one API client.</summary>
    /// <param name="id">The client's id.</param>
    internal static async Task<Ok<ApiClientDto>> GetApiClient(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetApiClient(id), ct));

    /// <summary>Revokes an API client.</summary>
    /// <param name="id">The client's id.</param>
    internal static async Task<NoContent> RevokeApiClient(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RevokeApiClient(id), ct);
        return TypedResults.NoContent();
    }
}

using Jipp.Api.Security;
using Jipp.Application.Agencies;
using Jipp.Application.Agencies.GetAgency;
using Jipp.Application.Agencies.ListAgencies;
using Jipp.Application.Agencies.RegisterAgency;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Agencies;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>Agencies (instansi): owners of innovations and requesters of replications.</summary>
public static class AgenciesEndpoints
{
    public static IEndpointRouteBuilder MapAgenciesEndpoints(this IEndpointRouteBuilder routes)
    {
        var agencies = routes.MapGroup("/agencies").WithTags("Agencies");
        agencies.MapGet("/", ListAgencies)
            .WithName(nameof(ListAgencies))
            .WithSummary("List agencies")
            .WithDescription("Agencies ordered by name, keyset paged. Seeded with KemenPANRB and the government of every province, regency and city (553).")
            .Refuses(Refusal.Validation);
        agencies.MapGet("/{id:guid}", GetAgency)
            .WithName(nameof(GetAgency))
            .WithSummary("Get one agency")
            .Refuses(Refusal.NotFound);
        agencies.MapPost("/", RegisterAgency)
            .RequireAuthorization(Policies.Ministry)
            .WithName(nameof(RegisterAgency))
            .WithSummary("Register an agency")
            .WithDescription("""
                Registers a body other than a regional government: a ministry, central agency, BUMN, BUMD,
                university or other. Regional governments are reference data (409 `agency.regional_government_exists`);
                names are unique regardless of case (409 `agency.duplicate_name`). A `regencyCode` alone implies its province;
                a BUMD needs its province.
                """)
            .Refuses(Refusal.Validation, Refusal.AgencyDuplicateName, Refusal.AgencyRegionalGovernmentExists);
        return routes;
    }

    /// <summary>Lists agencies.</summary>
    /// <param name="type">Only agencies of this type.</param>
    /// <param name="provinceCode">Only agencies of this province (its government, its regencies' and cities' governments, and other bodies there).</param>
    /// <param name="q">Only agencies whose name contains this text, ignoring case (at most 100 characters).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<AgencyDto>>> ListAgencies(
        EnumQuery<AgencyType>? type, string? provinceCode, string? q, int? pageSize, string? cursor, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListAgencies(type.ValueOrNull(), provinceCode, q, pageSize ?? PageLimits.Default, cursor), ct));

    /// <summary>Gets one agency.</summary>
    /// <param name="id">The agency's id.</param>
    internal static async Task<Ok<AgencyDto>> GetAgency(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetAgency(id), ct));

    /// <summary>Registers an agency.</summary>
    internal static async Task<Created<AgencyDto>> RegisterAgency(RegisterAgency command, ISender sender, CancellationToken ct)
    {
        var agency = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/agencies/{agency.Id}", agency);
    }
}

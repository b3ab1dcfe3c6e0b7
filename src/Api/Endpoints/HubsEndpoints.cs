using Jipp.Application.Common.Paging;
using Jipp.Application.Hubs;
using Jipp.Application.Hubs.GetHub;
using Jipp.Application.Hubs.ListHubs;
using Jipp.Domain.Hubs;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>Hub JIPP: the designated nodes of the network.</summary>
public static class HubsEndpoints
{
    public static IEndpointRouteBuilder MapHubsEndpoints(this IEndpointRouteBuilder routes)
    {
        var hubs = routes.MapGroup("/hubs").WithTags("Hubs");
        hubs.MapGet("/", ListHubs)
            .WithName(nameof(ListHubs))
            .WithSummary("List hubs")
            .WithDescription("Hubs in order of designation, keyset paged. Seeded with the 15 hubs designated from 2020 to 2022.")
            .ProducesProblems(400);
        hubs.MapGet("/{id:guid}", GetHub)
            .WithName(nameof(GetHub))
            .WithSummary("Get one hub")
            .ProducesProblems(404);
        return routes;
    }

    /// <summary>Lists hubs.</summary>
    /// <param name="status">Only hubs with this status.</param>
    /// <param name="designationYear">Only hubs designated in this year.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<HubDto>>> ListHubs(
        EnumQuery<HubStatus>? status, int? designationYear, int? pageSize, string? cursor, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListHubs(status.ValueOrNull(), designationYear, pageSize ?? PageLimits.Default, cursor), ct));

    /// <summary>Gets one hub.</summary>
    /// <param name="id">The hub's id.</param>
    internal static async Task<Ok<HubDto>> GetHub(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetHub(id), ct));
}

using Jipp.Api.Security;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Paging;
using Jipp.Application.Hubs;
using Jipp.Application.Hubs.AddHubPartner;
using Jipp.Application.Hubs.GetHub;
using Jipp.Application.Hubs.ListHubActivities;
using Jipp.Application.Hubs.ListHubs;
using Jipp.Application.Hubs.RecordHubActivity;
using Jipp.Application.Hubs.RemoveHubPartner;
using Jipp.Domain.Hubs;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>Hub JIPP: the designated nodes of the network.</summary>
public static class HubsEndpoints
{
    private const string HubOrMinistry = "The ministry, or a `hub` client scoped to this hub; any other hub gets 403.";

    public static IEndpointRouteBuilder MapHubsEndpoints(this IEndpointRouteBuilder routes)
    {
        var hubs = routes.MapGroup("/hubs").WithTags("Hubs").WithETags();
        hubs.MapGet("/", ListHubs)
            .WithName(nameof(ListHubs))
            .WithSummary("List hubs")
            .WithDescription("Hubs in order of designation, keyset paged. Seeded with the 15 hubs designated from 2020 to 2022.")
            .Refuses(Refusal.Validation);
        hubs.MapGet("/{id:guid}", GetHub)
            .WithName(nameof(GetHub))
            .WithSummary("Get one hub")
            .Refuses(Refusal.NotFound);
        hubs.MapPost("/{id:guid}/partners", AddHubPartner)
            .RequireAuthorization(Policies.MinistryOrHub)
            .WithName(nameof(AddHubPartner))
            .WithSummary("Add a partner to a hub")
            .WithDescription("""
                Adds a partner (mitra): either `agencyId` of a registered agency, whose name and type are taken from
                the registry (giving `name` or `type` too is a 400), or the `name` and `type` of an unregistered body.
                Answers the new partner, whose `id` removes it; `Location` is the hub. The same agency or name twice
                is 409 `hub.duplicate_partner`.
                """ + "\n\n" + HubOrMinistry)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.HubDuplicatePartner)
            .HonoursIfMatch();
        hubs.MapDelete("/{id:guid}/partners/{partnerId:guid}", RemoveHubPartner)
            .RequireAuthorization(Policies.MinistryOrHub)
            .WithName(nameof(RemoveHubPartner))
            .WithSummary("Remove a partner from a hub")
            .WithDescription("Removes one partner of the hub. A partner the hub does not have is 404. " + HubOrMinistry)
            .Refuses(Refusal.NotFound)
            .HonoursIfMatch();
        hubs.MapPost("/{id:guid}/activities", RecordHubActivity)
            .RequireAuthorization(Policies.MinistryOrHub)
            .WithName(nameof(RecordHubActivity))
            .WithSummary("Record an activity of a hub")
            .WithDescription("""
                Records mentoring, a knowledge exchange, a promotion or a replication forum the hub held (or plans, up to
                a year ahead). Every agency in `agencyIds` must be registered and every innovation in `innovationIds`
                published; otherwise 400 naming the field. `Location` is the hub's activity list.
                """ + "\n\n" + HubOrMinistry)
            .Refuses(Refusal.Validation, Refusal.NotFound);
        hubs.MapGet("/{id:guid}/activities", ListHubActivities)
            .WithName(nameof(ListHubActivities))
            .WithSummary("List a hub's activities")
            .WithDescription("The hub's activities, the most recently recorded first, keyset paged. Anyone may read them, also without an API key.")
            .Refuses(Refusal.Validation, Refusal.NotFound);
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

    /// <summary>Adds a partner to a hub.</summary>
    /// <param name="id">The hub's id.</param>
    internal static async Task<Created<HubPartnerDto>> AddHubPartner(Guid id, HubPartnerInput input, IfMatch ifMatch, ISender sender, CancellationToken ct)
    {
        var partner = await sender.Send(new AddHubPartner(id, input) { IfMatch = ifMatch.Value }, ct);
        return TypedResults.Created($"/api/v1/hubs/{id}", partner);
    }

    /// <summary>Removes a partner from a hub.</summary>
    /// <param name="id">The hub's id.</param>
    /// <param name="partnerId">The partner's id, from the hub's partners.</param>
    internal static async Task<NoContent> RemoveHubPartner(Guid id, Guid partnerId, IfMatch ifMatch, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RemoveHubPartner(id, partnerId) { IfMatch = ifMatch.Value }, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Records an activity of a hub.</summary>
    /// <param name="id">The hub's id.</param>
    internal static async Task<Created<HubActivityDto>> RecordHubActivity(Guid id, HubActivityInput input, ISender sender, CancellationToken ct)
    {
        var activity = await sender.Send(new RecordHubActivity(id, input), ct);
        return TypedResults.Created($"/api/v1/hubs/{id}/activities", activity);
    }

    /// <summary>Lists a hub's activities.</summary>
    /// <param name="id">The hub's id.</param>
    /// <param name="type">Only activities of this type.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<HubActivityDto>>> ListHubActivities(
        Guid id, EnumQuery<HubActivityType>? type, int? pageSize, string? cursor, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListHubActivities(id, type.ValueOrNull(), pageSize ?? PageLimits.Default, cursor), ct));
}

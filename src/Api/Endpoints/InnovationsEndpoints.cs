using Jipp.Api.Replicas;
using Jipp.Api.Security;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Paging;
using Jipp.Application.Innovations;
using Jipp.Application.Innovations.ArchiveInnovation;
using Jipp.Application.Innovations.GetInnovation;
using Jipp.Application.Innovations.ListInnovations;
using Jipp.Application.Innovations.RegisterInnovation;
using Jipp.Application.Innovations.SubmitInnovation;
using Jipp.Application.Innovations.UpdateInnovation;
using Jipp.Application.Innovations.VerifyInnovation;
using Jipp.Domain.Innovations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>The innovation registry: registration, verification, publication and search.</summary>
public static class InnovationsEndpoints
{
    private const string Visibility = "Anonymous callers and readers see only published innovations; an agency also sees its own in every state; a hub also those of its province that have left draft; the ministry sees all. What you may not see answers 404.";

    public static IEndpointRouteBuilder MapInnovationsEndpoints(this IEndpointRouteBuilder routes)
    {
        var innovations = routes.MapGroup("/innovations").WithTags("Innovations").WithETags();
        innovations.MapGet("/", ListInnovations)
            .ToleratesStaleReads(request => request.Query.ContainsKey("q")) // searches; other lists follow the caller's role
            .WithName(nameof(ListInnovations))
            .WithSummary("List and search innovations")
            .WithDescription("""
                Innovations you may see, newest first, keyset paged. With `q`, a full-text search over title,
                summary, problem and solution with PostgreSQL's Indonesian stemmer (`q=izin` finds "Perizinan");
                `q` accepts web-search syntax ("quoted phrases", `or`, `-excluded`), and every other word must match.

                Order of a search: the **100 newest matches** (the ranking window) come first, in order of
                relevance: innovations whose title matches the whole query, then those that match only in the
                summary, problem or solution; within each, the closer matches first (query words near each other
                and in heavier fields, PostgreSQL's cover density), then the newer. After the window, the remaining
                matches follow newest first. Ranking a bounded window keeps every search fast at a national scale:
                a word that matches most of the registry carries no ranking information, and its newest matches
                are what a person looks for. Pages of a search are computed anew, so an innovation registered or
                published between two pages can move the window. The window of a search among published
                innovations is kept for up to 30 seconds, so a newly published innovation appears in a repeated
                search within that time; your own unpublished innovations appear at once. Filters combine with `q`.

                Items leave out the long texts; GET /innovations/{id} has them.
                """ + "\n\n" + Visibility)
            .Refuses(Refusal.Validation);
        innovations.MapGet("/{id:guid}", GetInnovation)
            .WithName(nameof(GetInnovation))
            .WithSummary("Get one innovation")
            .WithDescription(Visibility)
            .Refuses(Refusal.NotFound);
        innovations.MapPost("/", RegisterInnovation)
            .RequireAuthorization(Policies.MinistryOrAgency)
            .WithName(nameof(RegisterInnovation))
            .WithSummary("Register an innovation")
            .WithDescription("Registers an innovation in `draft`. An agency client registers for its own agency (agencyId may be omitted); the ministry names the agency. `provinceCode`, `regencyCode` and `hubId` come from the owner agency.")
            .Refuses(Refusal.Validation);
        innovations.MapPut("/{id:guid}", UpdateInnovation)
            .RequireAuthorization(Policies.Agency)
            .WithName(nameof(UpdateInnovation))
            .WithSummary("Update an innovation")
            .WithDescription("Replaces the content of an innovation in `draft` or `returned`; only its owner agency. `agencyId` may be sent back as read (or left out); another agency's is a 400. Otherwise 409 `invalid_transition` naming the current state.")
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        innovations.MapPost("/{id:guid}/submission", SubmitInnovation)
            .RequireAuthorization(Policies.Agency)
            .WithName(nameof(SubmitInnovation))
            .WithSummary("Submit an innovation for verification")
            .WithDescription("`draft` or `returned` → `submitted`; only its owner agency. From another state: 409 `invalid_transition`.")
            .Refuses(Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        innovations.MapPost("/{id:guid}/verification", VerifyInnovation)
            .RequireAuthorization(Policies.MinistryOrHub)
            .WithName(nameof(VerifyInnovation))
            .WithSummary("Verify an innovation: publish or return it")
            .WithDescription("`submitted` → `published` (decision `publish`) or `returned` (decision `return`, which needs `notes`). The ministry, or the hub of the innovation's province. From another state: 409 `invalid_transition`.")
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition, Refusal.InnovationNotesRequired)
            .HonoursIfMatch();
        innovations.MapPost("/{id:guid}/archival", ArchiveInnovation)
            .RequireAuthorization(Policies.MinistryOrAgency)
            .WithName(nameof(ArchiveInnovation))
            .WithSummary("Archive an innovation")
            .WithDescription("`draft`, `returned` or `published` → `archived`; the owner agency or the ministry. From another state: 409 `invalid_transition`.")
            .Refuses(Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        return routes;
    }

    /// <summary>Lists and searches innovations.</summary>
    /// <param name="q">Full-text search (Indonesian stemming, web-search syntax), at most 200 characters; the 100 newest matches are ranked by relevance, the rest follow newest first.</param>
    /// <param name="provinceCode">Only innovations of agencies in this province.</param>
    /// <param name="regencyCode">Only innovations of agencies in this regency or city.</param>
    /// <param name="agencyId">Only innovations of this agency.</param>
    /// <param name="hubId">Only innovations in this hub's province.</param>
    /// <param name="sector">Only innovations in this sector (a code from GET /sectors).</param>
    /// <param name="maturityStage">Only innovations at this stage.</param>
    /// <param name="state">Only innovations in this state (among those you may see).</param>
    /// <param name="replicable">Only innovations whose owner is (true) or is not (false) willing to have them replicated.</param>
    /// <param name="startedFrom">Only innovations started on or after this date.</param>
    /// <param name="startedTo">Only innovations started on or before this date.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<InnovationListItemDto>>> ListInnovations(
        string? q,
        string? provinceCode,
        string? regencyCode,
        Guid? agencyId,
        Guid? hubId,
        string? sector,
        EnumQuery<MaturityStage>? maturityStage,
        EnumQuery<InnovationState>? state,
        bool? replicable,
        DateOnly? startedFrom,
        DateOnly? startedTo,
        int? pageSize,
        string? cursor,
        ISender sender,
        CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(
            new ListInnovations(q, provinceCode, regencyCode, agencyId, hubId, sector, maturityStage.ValueOrNull(), state.ValueOrNull(), replicable, startedFrom, startedTo, pageSize ?? PageLimits.Default, cursor),
            ct));

    /// <summary>Gets one innovation.</summary>
    /// <param name="id">The innovation's id.</param>
    internal static async Task<Ok<InnovationDto>> GetInnovation(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetInnovation(id), ct));

    /// <summary>Registers an innovation.</summary>
    internal static async Task<Created<InnovationDto>> RegisterInnovation(InnovationInput input, ISender sender, CancellationToken ct)
    {
        var innovation = await sender.Send(new RegisterInnovation(input), ct);
        return TypedResults.Created($"/api/v1/innovations/{innovation.Id}", innovation);
    }

    /// <summary>Updates an innovation.</summary>
    /// <param name="id">The innovation's id.</param>
    internal static async Task<Ok<InnovationDto>> UpdateInnovation(Guid id, InnovationInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateInnovation(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Submits an innovation.</summary>
    /// <param name="id">The innovation's id.</param>
    internal static async Task<Ok<InnovationDto>> SubmitInnovation(Guid id, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitInnovation(id) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Verifies an innovation.</summary>
    /// <param name="id">The innovation's id.</param>
    internal static async Task<Ok<InnovationDto>> VerifyInnovation(Guid id, VerificationInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new VerifyInnovation(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Archives an innovation.</summary>
    /// <param name="id">The innovation's id.</param>
    internal static async Task<Ok<InnovationDto>> ArchiveInnovation(Guid id, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ArchiveInnovation(id) { IfMatch = ifMatch.Value }, ct));
}

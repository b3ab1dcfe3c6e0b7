using Jipp.Api.Replicas;
using Jipp.Api.Security;
using Jipp.Application.Audit.ListAudit;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Paging;
using Jipp.Application.Events.ListEvents;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>The event feed for other government systems, and the audit trail.</summary>
public static class EventsAndAuditEndpoints
{
    public const int DefaultEventLimit = 100;

    public static IEndpointRouteBuilder MapEventsAndAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/events", ListEvents)
            .ReadsFromPrimary()
            .RequireAuthorization(Policies.MinistryOrReader)
            .WithTags("Events")
            .WithName(nameof(ListEvents))
            .WithSummary("Read the event feed")
            .WithDescription("""
                Events after a sequence, in strictly increasing `sequence`, written in the same transaction as their
                change (transactional outbox). Poll with `after` set to the `nextAfter` of the previous answer.

                What a reader may rely on: every committed event appears exactly once; positions (`sequence`) only grow,
                one by one (events written before this version of the service may skip numbers), and an event never
                appears later at or below a position you have passed (an event is given its position after its change
                committed, at the end of the feed); the events of one resource are in the order of its changes. Across resources the order is close to commit order, not exactly: a
                change that committed a moment earlier may follow one that committed later. An answer holds every event
                committed before the request (up to `limit`); without readers, events are positioned within a fraction
                of a second of their commit.

                **Types**: `version` is the version of the type's payload schema. The item schema is the event catalogue, a `oneOf` by `type` with one schema per type (its
                `data` schema and an example); the same catalogue is published as an AsyncAPI 3.0 document,
                `docs/asyncapi.yaml`. Types are added over time (`OtherEvent`): skip one you do not know. A payload may
                gain fields within its version; removing or changing a field makes a new version of the payload.
                `data` holds ids, codes and states, never personal data.
                """)
            .Refuses(Refusal.Validation);
        routes.MapGet("/audit", ListAudit)
            .RequireAuthorization(Policies.Ministry)
            .WithTags("Audit")
            .WithName(nameof(ListAudit))
            .WithSummary("Read the audit trail")
            .WithDescription("Every change: which client, which use case, which record, when, and the request's trace id; newest first, keyset paged.")
            .Refuses(Refusal.Validation);
        return routes;
    }

    /// <summary>Reads the event feed.</summary>
    /// <param name="after">Return events with a sequence above this (default 0: from the start).</param>
    /// <param name="limit">At most this many events, 1–1000 (default 100).</param>
    internal static async Task<Ok<EventPage>> ListEvents(long? after, int? limit, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListEvents(after ?? 0, limit ?? DefaultEventLimit), ct));

    /// <summary>Reads the audit trail.</summary>
    /// <param name="subjectId">Only changes of this record (its id).</param>
    /// <param name="clientId">Only changes made by this API client.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<AuditEntryDto>>> ListAudit(string? subjectId, Guid? clientId, int? pageSize, string? cursor, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListAudit(subjectId, clientId, pageSize ?? PageLimits.Default, cursor), ct));
}

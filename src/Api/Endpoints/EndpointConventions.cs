using Jipp.Api.Errors;
using Jipp.Application.Common.Errors;

namespace Jipp.Api.Endpoints;

internal static class EndpointConventions
{
    /// <summary>
    /// Declares the refusals the operation's use case can answer (validation, not found, its state
    /// machine's and its domain rules' codes), as <see cref="RefusalsMetadata"/>: the OpenAPI document
    /// lists each status with its codes from it, and a test checks it against what the handler can throw.
    /// The problems every route can give (401, 403, 413, 415, 422, 429, 503) are added by the document filters.
    /// </summary>
    public static RouteHandlerBuilder Refuses(this RouteHandlerBuilder builder, params Refusal[] refusals)
    {
        builder.WithMetadata(new RefusalsMetadata(refusals));
        foreach (var status in refusals.Select(r => r.Status).Distinct())
        {
            builder.Produces<ApiProblem>(status, ProblemWriter.ContentType);
        }

        return builder;
    }

    /// <summary>
    /// Declares that the operation changes one versioned resource and honours <c>If-Match</c> (412
    /// <c>precondition_failed</c> when stale, 409 <c>concurrent_update</c> when another change wins the race).
    /// </summary>
    public static RouteHandlerBuilder HonoursIfMatch(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IfMatchMetadata.Instance);

    public const string PageSizeDescription = "Items per page, 1–100 (default 20).";
    public const string CursorDescription = "The nextCursor of the previous page; omit for the first page.";
}

/// <summary>The refusals an endpoint declares with <see cref="EndpointConventions.Refuses"/>, in the order declared.</summary>
public sealed class RefusalsMetadata(IReadOnlyList<Refusal> refusals)
{
    public IReadOnlyList<Refusal> Refusals { get; } = refusals;
}

/// <summary>Marks an endpoint that honours <c>If-Match</c> (<see cref="EndpointConventions.HonoursIfMatch"/>).</summary>
public sealed class IfMatchMetadata
{
    public static readonly IfMatchMetadata Instance = new();

    private IfMatchMetadata()
    {
    }

    /// <summary>What an operation that honours If-Match can answer besides its own refusals.</summary>
    public static IReadOnlyList<Refusal> Refusals { get; } = [Refusal.PreconditionFailed, Refusal.ConcurrentUpdate];
}

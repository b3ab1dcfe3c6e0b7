using System.Linq.Expressions;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Innovations;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Innovations;

/// <summary>
/// Who sees and who may act on an innovation. Everyone sees published innovations; an agency also
/// its own in every state; a hub also those of its province that have left draft; the ministry all.
/// What a caller may not see answers 404, as if it did not exist.
/// </summary>
public static class InnovationAccess
{
    public static IQueryable<Innovation> VisibleTo(this IQueryable<Innovation> innovations, ICurrentClient client) => client.Role switch
    {
        ApiClientRole.Ministry => innovations,
        ApiClientRole.Agency => innovations.Where(i => i.State == InnovationState.Published || i.AgencyId == client.AgencyId),
        ApiClientRole.Hub => innovations.Where(i => i.State == InnovationState.Published || (i.HubId == client.HubId && i.State != InnovationState.Draft)),
        _ => innovations.Where(i => i.State == InnovationState.Published),
    };

    /// <summary>
    /// One innovation as the caller may see it, or null: <see cref="VisibleTo"/> with the query compiled once
    /// per shape of the rule, so that a read does not translate its LINQ again (its expression tree, cache key
    /// and parameters cost more CPU than the database's index probe). Each query below is the rule above for
    /// one role; keep them in step.
    /// </summary>
    public static Task<InnovationDto?> FindVisibleAsync(this IJippDbContext db, ICurrentClient client, Guid id, CancellationToken cancellationToken)
    {
        var context = (DbContext)db;
        return client.Role switch
        {
            ApiClientRole.Ministry => AnyById(context, id, cancellationToken),
            ApiClientRole.Agency => PublishedOrOwnById(context, id, client.AgencyId, cancellationToken),
            ApiClientRole.Hub => PublishedOrHubsById(context, id, client.HubId, cancellationToken),
            _ => PublishedById(context, id, cancellationToken),
        };
    }

    private static readonly Func<DbContext, Guid, CancellationToken, Task<InnovationDto?>> AnyById = EF.CompileAsyncQuery(
        (DbContext db, Guid id, CancellationToken _) => db.Set<Innovation>().AsNoTracking()
            .Where(i => i.Id == id)
            .Select(InnovationProjections.ToDto).SingleOrDefault());

    private static readonly Func<DbContext, Guid, Guid?, CancellationToken, Task<InnovationDto?>> PublishedOrOwnById = EF.CompileAsyncQuery(
        (DbContext db, Guid id, Guid? agencyId, CancellationToken _) => db.Set<Innovation>().AsNoTracking()
            .Where(i => i.State == InnovationState.Published || i.AgencyId == agencyId)
            .Where(i => i.Id == id)
            .Select(InnovationProjections.ToDto).SingleOrDefault());

    private static readonly Func<DbContext, Guid, Guid?, CancellationToken, Task<InnovationDto?>> PublishedOrHubsById = EF.CompileAsyncQuery(
        (DbContext db, Guid id, Guid? hubId, CancellationToken _) => db.Set<Innovation>().AsNoTracking()
            .Where(i => i.State == InnovationState.Published || (i.HubId == hubId && i.State != InnovationState.Draft))
            .Where(i => i.Id == id)
            .Select(InnovationProjections.ToDto).SingleOrDefault());

    private static readonly Func<DbContext, Guid, CancellationToken, Task<InnovationDto?>> PublishedById = EF.CompileAsyncQuery(
        (DbContext db, Guid id, CancellationToken _) => db.Set<Innovation>().AsNoTracking()
            .Where(i => i.State == InnovationState.Published)
            .Where(i => i.Id == id)
            .Select(InnovationProjections.ToDto).SingleOrDefault());

    /// <summary>
    /// The visibility rule as disjoint parts: whether the caller sees the published innovations (a part every such
    /// caller shares), and the innovations it sees besides them (an agency's own unpublished ones, a hub's
    /// province's submitted, returned and archived ones; for the ministry, all).
    /// </summary>
    public static (bool Published, Expression<Func<Innovation, bool>>? Own) PartsOf(ICurrentClient client) => client.Role switch
    {
        ApiClientRole.Ministry => (false, i => true),
        ApiClientRole.Agency => (true, i => i.AgencyId == client.AgencyId && i.State != InnovationState.Published),
        ApiClientRole.Hub => (true, i => i.HubId == client.HubId && i.State != InnovationState.Draft && i.State != InnovationState.Published),
        _ => (true, null),
    };

    /// <summary>
    /// What <see cref="VisibleTo"/> gives, for lists: <paramref name="refine"/> (filters, cursor) applied to the
    /// parts of <see cref="PartsOf"/> joined with <c>UNION ALL</c>. For an agency or a hub the visibility rule is an
    /// <c>OR</c>, which no index serves; each part is a plain conjunction that an index on (…, state, id) walks in id
    /// order, so that PostgreSQL merges the parts and stops after one page instead of filtering the whole registry.
    /// </summary>
    public static IQueryable<Innovation> VisibleInParts(this IQueryable<Innovation> innovations, ICurrentClient client, Func<IQueryable<Innovation>, IQueryable<Innovation>> refine)
    {
        var (published, own) = PartsOf(client);
        var shared = published ? refine(innovations.Where(i => i.State == InnovationState.Published)) : null;
        var besides = own is null ? null : refine(client.Role == ApiClientRole.Ministry ? innovations : innovations.Where(own));
        return shared is null ? besides! : besides is null ? shared : shared.Concat(besides);
    }

    /// <summary>Loads an innovation for a change, or 404 when the caller cannot see it.</summary>
    public static async Task<Innovation> LoadForChangeAsync(this IJippDbContext db, ICurrentClient client, Guid id, CancellationToken cancellationToken) =>
        await db.Innovations.VisibleTo(client).SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw new NotFoundException(Refusals.Innovation, id);

    public static bool IsOwner(this ICurrentClient client, Innovation innovation) =>
        client.Role == ApiClientRole.Agency && client.AgencyId == innovation.AgencyId;

    public static void RequireOwner(this ICurrentClient client, Innovation innovation)
    {
        if (!client.IsOwner(innovation))
        {
            throw new ForbiddenException(Refusals.OnlyOwnerOfInnovation);
        }
    }
}

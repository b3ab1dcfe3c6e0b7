using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Candidacies;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies;

/// <summary>The ministry drives onboarding and readers read; a candidate agency sees and answers only its own candidacy.</summary>
public static class CandidacyAccess
{
    public static IQueryable<Candidacy> VisibleTo(this IQueryable<Candidacy> candidacies, ICurrentClient client) => client.Role switch
    {
        ApiClientRole.Ministry or ApiClientRole.Reader => candidacies,
        ApiClientRole.Agency => candidacies.Where(c => c.AgencyId == client.AgencyId),
        _ => candidacies.Where(_ => false),
    };

    public static async Task<Candidacy> LoadCandidacyAsync(this IJippDbContext db, ICurrentClient client, Guid id, CancellationToken cancellationToken) =>
        await db.Candidacies.VisibleTo(client).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException(Refusals.Candidacy, id);

    public static void RequireCandidate(this ICurrentClient client, Candidacy candidacy, bool ministryToo = false)
    {
        var isCandidate = client.Role == ApiClientRole.Agency && client.AgencyId == candidacy.AgencyId;
        if (!isCandidate && !(ministryToo && client.Role == ApiClientRole.Ministry))
        {
            throw new ForbiddenException(Refusals.OnlyWho, ministryToo ? Refusals.CandidateOrMinistry : Refusals.CandidateAgency);
        }
    }
}

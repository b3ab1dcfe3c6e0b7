using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Candidacies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies.ListCandidacies;

/// <summary>Candidacies the caller may see, newest first, keyset paged.</summary>
public sealed record ListCandidacies(int? CohortYear, CandidacyState? State, int PageSize, string? Cursor) : IQuery<Page<CandidacyDto>>;

public sealed record CandidacyCursor(Guid Id);

public sealed class ListCandidaciesHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<ListCandidacies, Page<CandidacyDto>>
{
    public async ValueTask<Page<CandidacyDto>> Handle(ListCandidacies query, CancellationToken cancellationToken)
    {
        var candidacies = db.Candidacies.AsNoTracking().VisibleTo(client);
        if (query.CohortYear is { } year)
        {
            candidacies = candidacies.Where(c => c.CohortYear == year);
        }

        if (query.State is { } state)
        {
            candidacies = candidacies.Where(c => c.State == state);
        }

        if (Common.Paging.Cursor.DecodeOrDefault<CandidacyCursor>(query.Cursor) is { } after)
        {
            candidacies = candidacies.Where(c => c.Id.CompareTo(after.Id) < 0);
        }

        var rows = await candidacies.OrderByDescending(c => c.Id).Take(query.PageSize + 1).Select(CandidacyProjections.ToDto).ToListAsync(cancellationToken);
        return Common.Paging.Cursor.ToPage(rows, query.PageSize, last => Common.Paging.Cursor.Encode(new CandidacyCursor(last.Id)));
    }
}

using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Regions.ListRegencies;

/// <summary>The regencies and cities of one province, not paged (at most a few dozen).</summary>
public sealed record ListRegencies(string ProvinceCode) : IQuery<Page<RegencyDto>>;

public sealed class ListRegenciesHandler(IJippDbContext db) : IQueryHandler<ListRegencies, Page<RegencyDto>>
{
    public async ValueTask<Page<RegencyDto>> Handle(ListRegencies query, CancellationToken cancellationToken)
    {
        if (!await db.Provinces.AnyAsync(p => p.Code == query.ProvinceCode, cancellationToken))
        {
            throw new NotFoundException(Refusals.Province, query.ProvinceCode);
        }

        var regencies = await db.Regencies.AsNoTracking()
            .Where(r => r.ProvinceCode == query.ProvinceCode)
            .OrderBy(r => r.Code)
            .Select(r => new RegencyDto(r.Code, r.Name, r.Kind))
            .ToListAsync(cancellationToken);
        return Page.All(regencies);
    }
}

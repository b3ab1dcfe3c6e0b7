using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Sectors.ListSectors;

/// <param name="Code">Stable code used in other resources, such as "health".</param>
/// <param name="Name">English name.</param>
/// <param name="NameId">Indonesian name (urusan pemerintahan).</param>
/// <param name="Group">The group of affairs, such as "basic-service".</param>
public sealed record SectorDto(string Code, string Name, string NameId, string Group);

public sealed record ListSectors : IQuery<Page<SectorDto>>;

public sealed class ListSectorsHandler(IJippDbContext db) : IQueryHandler<ListSectors, Page<SectorDto>>
{
    public async ValueTask<Page<SectorDto>> Handle(ListSectors query, CancellationToken cancellationToken)
    {
        var sectors = await db.Sectors.AsNoTracking()
            .OrderBy(s => s.Position)
            .ProjectToDto()
            .ToListAsync(cancellationToken);
        return Page.All(sectors);
    }
}

using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Hubs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Regions.ListProvinces;

public sealed record ListProvinces : IQuery<Page<ProvinceDto>>;

public sealed class ListProvincesHandler(IJippDbContext db) : IQueryHandler<ListProvinces, Page<ProvinceDto>>
{
    public async ValueTask<Page<ProvinceDto>> Handle(ListProvinces query, CancellationToken cancellationToken)
    {
        var provinces = await db.Provinces.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new ProvinceDto(
                p.Code,
                p.Name,
                p.ShortName,
                p.BpsCode,
                db.Hubs.Where(h => h.ProvinceCode == p.Code && h.Status == HubStatus.Active).Select(h => (Guid?)h.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return Page.All(provinces);
    }
}

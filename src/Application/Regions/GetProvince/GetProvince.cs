using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Hubs;
using Jipp.Domain.Regions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Regions.GetProvince;

public sealed record GetProvince(string Code) : IQuery<ProvinceDetailDto>;

public sealed class GetProvinceHandler(IJippDbContext db) : IQueryHandler<GetProvince, ProvinceDetailDto>
{
    public async ValueTask<ProvinceDetailDto> Handle(GetProvince query, CancellationToken cancellationToken)
    {
        var province = await db.Provinces.AsNoTracking()
            .Where(p => p.Code == query.Code)
            .Select(p => new ProvinceDetailDto(
                p.Code,
                p.Name,
                p.ShortName,
                p.BpsCode,
                db.Hubs.Where(h => h.ProvinceCode == p.Code && h.Status == HubStatus.Active).Select(h => (Guid?)h.Id).FirstOrDefault(),
                db.Regencies.Count(r => r.ProvinceCode == p.Code && r.Kind == RegencyKind.Regency),
                db.Regencies.Count(r => r.ProvinceCode == p.Code && r.Kind == RegencyKind.City)))
            .SingleOrDefaultAsync(cancellationToken);
        return province ?? throw new NotFoundException(Refusals.Province, query.Code);
    }
}

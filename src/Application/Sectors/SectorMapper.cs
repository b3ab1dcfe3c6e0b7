using Jipp.Application.Sectors.ListSectors;
using Jipp.Domain.Sectors;
using Riok.Mapperly.Abstractions;

namespace Jipp.Application.Sectors;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class SectorMapper
{
    public static partial IQueryable<SectorDto> ProjectToDto(this IQueryable<Sector> query);
}

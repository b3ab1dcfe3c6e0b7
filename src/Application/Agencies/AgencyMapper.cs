using Jipp.Domain.Agencies;
using Riok.Mapperly.Abstractions;

namespace Jipp.Application.Agencies;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AgencyMapper
{
    public static partial IQueryable<AgencyDto> ProjectToDto(this IQueryable<Agency> query);

    public static partial AgencyDto ToDto(this Agency agency);
}

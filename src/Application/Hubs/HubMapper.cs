using Jipp.Domain.Hubs;
using Riok.Mapperly.Abstractions;

namespace Jipp.Application.Hubs;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class HubMapper
{
    public static partial IQueryable<HubDto> ProjectToDto(this IQueryable<Hub> query);

    private static partial HubPartnerDto ToDto(HubPartner partner);
}

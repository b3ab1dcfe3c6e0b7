using Jipp.Domain.ApiClients;
using Riok.Mapperly.Abstractions;

namespace Jipp.Application.ApiClients;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ApiClientMapper
{
    public static partial IQueryable<ApiClientDto> ProjectToDto(this IQueryable<ApiClient> query);

    [MapValue(nameof(CreatedApiClientDto.Key), Use = nameof(NoKey))]
    private static partial CreatedApiClientDto ToCreatedDtoWithoutKey(ApiClient client);

    /// <summary>The one place where a plain key appears in a response.</summary>
    public static CreatedApiClientDto ToCreatedDto(this ApiClient client, string key) => ToCreatedDtoWithoutKey(client) with { Key = key };

    private static string NoKey() => string.Empty;
}

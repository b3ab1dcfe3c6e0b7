namespace Jipp.Infrastructure.Security;

public static class ClientClaims
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string ClientId = "client_id";
    public const string AgencyId = "agency_id";
    public const string HubId = "hub_id";
}

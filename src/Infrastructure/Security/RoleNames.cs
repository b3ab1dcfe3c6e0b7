using System.Globalization;

namespace Jipp.Infrastructure.Security;

/// <summary>Role names as they appear in the API and in authorization policies.</summary>
public static class RoleNames
{
    public const string Ministry = "ministry";
    public const string Hub = "hub";
    public const string Agency = "agency";
    public const string Reader = "reader";

    public static string Of(Domain.ApiClients.ApiClientRole role) => role.ToString().ToLower(CultureInfo.InvariantCulture);
}

using Jipp.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;

namespace Jipp.Api.Security;

/// <summary>Authorization policies, named after the roles that pass them; scope checks live in the use cases.</summary>
public static class Policies
{
    public const string Ministry = RoleNames.Ministry;
    public const string Hub = RoleNames.Hub;
    public const string Agency = RoleNames.Agency;
    public const string Reader = RoleNames.Reader;
    public const string MinistryOrAgency = "ministry-or-agency";
    public const string MinistryOrHub = "ministry-or-hub";
    public const string MinistryReaderOrAgency = "ministry-reader-or-agency";
    public const string MinistryHubOrAgency = "ministry-hub-or-agency";
    public const string MinistryOrReader = "ministry-or-reader";
    public const string Authenticated = "authenticated";

    public static AuthorizationBuilder AddJippPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(Ministry, p => p.RequireRole(RoleNames.Ministry))
            .AddPolicy(Hub, p => p.RequireRole(RoleNames.Hub))
            .AddPolicy(Agency, p => p.RequireRole(RoleNames.Agency))
            .AddPolicy(Reader, p => p.RequireRole(RoleNames.Reader))
            .AddPolicy(MinistryOrAgency, p => p.RequireRole(RoleNames.Ministry, RoleNames.Agency))
            .AddPolicy(MinistryOrHub, p => p.RequireRole(RoleNames.Ministry, RoleNames.Hub))
            .AddPolicy(MinistryReaderOrAgency, p => p.RequireRole(RoleNames.Ministry, RoleNames.Reader, RoleNames.Agency))
            .AddPolicy(MinistryHubOrAgency, p => p.RequireRole(RoleNames.Ministry, RoleNames.Hub, RoleNames.Agency))
            .AddPolicy(MinistryOrReader, p => p.RequireRole(RoleNames.Ministry, RoleNames.Reader))
            .AddPolicy(Authenticated, p => p.RequireAuthenticatedUser());

    /// <summary>The roles a policy admits, for the OpenAPI description.</summary>
    public static string Describe(string policy) => policy switch
    {
        MinistryOrAgency => "ministry or agency",
        MinistryOrHub => "ministry or hub",
        MinistryReaderOrAgency => "ministry, reader or agency",
        MinistryHubOrAgency => "ministry, hub or agency",
        MinistryOrReader => "ministry or reader",
        Authenticated => "any authenticated client",
        _ => policy,
    };
}

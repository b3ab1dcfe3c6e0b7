namespace Jipp.Domain.ApiClients;

/// <summary>What an API client may do; see the roles table of the domain guide.</summary>
public enum ApiClientRole
{
    /// <summary>KemenPANRB staff: everything.</summary>
    Ministry,

    /// <summary>A hub's coordinator, scoped to one hub.</summary>
    Hub,

    /// <summary>An officer scoped to one agency.</summary>
    Agency,

    /// <summary>A government system that only reads.</summary>
    Reader,
}

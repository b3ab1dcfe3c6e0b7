namespace Jipp.Domain.Hubs;

public enum HubStatus
{
    Active,
    Inactive,
}

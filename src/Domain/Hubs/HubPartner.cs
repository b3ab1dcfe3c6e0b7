using Jipp.Domain.Agencies;

namespace Jipp.Domain.Hubs;

/// <summary>A partner (mitra) supporting a hub: a registered agency, or a named outside body.</summary>
public sealed class HubPartner
{
    private HubPartner(Guid id, Guid hubId, Guid? agencyId, string name, AgencyType type, string? supportStatementRef)
    {
        Id = id;
        HubId = hubId;
        AgencyId = agencyId;
        Name = name;
        Type = type;
        SupportStatementRef = supportStatementRef;
    }

    public Guid Id { get; private set; }

    public Guid HubId { get; private set; }

    public Guid? AgencyId { get; private set; }

    public string Name { get; private set; }

    public AgencyType Type { get; private set; }

    public string? SupportStatementRef { get; private set; }

    public static HubPartner Create(Guid id, Guid hubId, Guid? agencyId, string name, AgencyType type, string? supportStatementRef) =>
        new(id, hubId, agencyId, name, type, supportStatementRef);
}

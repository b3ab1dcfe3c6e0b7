using Jipp.Domain.Common;

namespace Jipp.Domain.Hubs;

/// <summary>A Hub JIPP: a province (or central body) designated by ministerial decree as a node of the network.</summary>
public sealed class Hub : VersionedAggregateRoot
{
    private readonly List<HubPartner> _partners = [];

    // For EF Core, which sets the columns after construction.
    private Hub()
    {
        LeadingSectors = [];
    }

    private Hub(Guid id, Guid agencyId, string? provinceCode, int designationYear, DateOnly? designatedOn, string? decreeNumber, IReadOnlyCollection<string> leadingSectors, Guid? candidacyId)
    {
        Id = id;
        AgencyId = agencyId;
        ProvinceCode = provinceCode;
        DesignationYear = designationYear;
        DesignatedOn = designatedOn;
        DecreeNumber = decreeNumber;
        LeadingSectors = [.. leadingSectors];
        CandidacyId = candidacyId;
        Status = HubStatus.Active;
    }

    public Guid Id { get; private set; }


    /// <summary>When the hub or its partners last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }


    /// <summary>The hosting agency: the provincial government for a provincial hub.</summary>
    public Guid AgencyId { get; private set; }

    public string? ProvinceCode { get; private set; }

    /// <summary>The decree date; unknown for some hubs designated before this service existed.</summary>
    public DateOnly? DesignatedOn { get; private set; }

    public int DesignationYear { get; private set; }

    public string? DecreeNumber { get; private set; }

    public List<string> LeadingSectors { get; private set; }

    public IReadOnlyCollection<HubPartner> Partners => _partners;

    public HubStatus Status { get; private set; }

    /// <summary>The candidacy that led to the designation, for hubs designated through this service.</summary>
    public Guid? CandidacyId { get; private set; }

    /// <summary>A hub designated through this service, at the end of a candidacy.</summary>
    /// <remarks>
    /// From now on the hub verifies the innovations of its province (a central body's hub: of its own agency):
    /// the hub raises that as one event, and the caller changes those innovations in bulk in the same unit of work.
    /// </remarks>
    public static Hub Designate(Guid agencyId, string? provinceCode, DateOnly designatedOn, string decreeNumber, IReadOnlyCollection<string> leadingSectors, Guid candidacyId, IEnumerable<HubPartnerDraft> partners, DateTimeOffset now)
    {
        var hub = new Hub(IdGenerator.NewId(), agencyId, provinceCode, designatedOn.Year, designatedOn, decreeNumber, leadingSectors, candidacyId);
        hub.Raise(new HubDesignated(hub.Id, agencyId, provinceCode, designatedOn, hub.DecreeNumber!, candidacyId, now));
        foreach (var partner in partners)
        {
            hub.AddPartner(partner, now);
        }

        hub.Raise(new HubInnovationsAssigned(hub.Id, provinceCode, provinceCode is null ? agencyId : null, now));
        return hub;
    }

    /// <summary>Adds a partner (mitra); the same agency or name cannot be a partner twice.</summary>
    public HubPartner AddPartner(HubPartnerDraft draft, DateTimeOffset now)
    {
        var duplicate = _partners.Any(p =>
            (draft.AgencyId is not null && p.AgencyId == draft.AgencyId)
            || string.Equals(p.Name, draft.Name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (duplicate)
        {
            throw new DomainException("hub.duplicate_partner", $"'{draft.Name}' is already a partner of this hub.", draft.Name);
        }

        var partner = HubPartner.Create(IdGenerator.NewId(), Id, draft.AgencyId, draft.Name.Trim(), draft.Type, draft.SupportStatementRef);
        _partners.Add(partner);
        UpdatedAt = now;
        Raise(new HubPartnerAdded(Id, partner.Id, partner.AgencyId, partner.Name, partner.Type, now));
        return partner;
    }

    /// <summary>Removes a partner; false when the hub has no such partner.</summary>
    public bool RemovePartner(Guid partnerId, DateTimeOffset now)
    {
        var removed = _partners.RemoveAll(p => p.Id == partnerId) > 0;
        if (removed)
        {
            UpdatedAt = now;
            Raise(new HubPartnerRemoved(Id, partnerId, now));
        }

        return removed;
    }

    /// <summary>A hub designated before this service existed, recorded from the decrees.</summary>
    public static Hub Record(Guid id, Guid agencyId, string provinceCode, int designationYear, string? decreeNumber) =>
        new(id, agencyId, provinceCode, designationYear, null, decreeNumber, [], null);
}

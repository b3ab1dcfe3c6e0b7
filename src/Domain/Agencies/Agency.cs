using Jipp.Domain.Common;

namespace Jipp.Domain.Agencies;

/// <summary>A government body (instansi / penyelenggara) that owns innovations and requests replications.</summary>
public sealed class Agency : AggregateRoot
{
    public const int NameMaxLength = 200;

    private Agency(Guid id, string name, AgencyType type, string? provinceCode, string? regencyCode, DateTimeOffset createdAt)
    {
        Id = id;
        Name = name;
        Type = type;
        ProvinceCode = provinceCode;
        RegencyCode = regencyCode;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public AgencyType Type { get; private set; }

    public string? ProvinceCode { get; private set; }

    public string? RegencyCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Registers a body that is not a regional government (those are seeded reference data).</summary>
    public static Agency Register(string name, AgencyType type, string? provinceCode, string? regencyCode, DateTimeOffset now)
    {
        if (type.IsRegionalGovernment())
        {
            throw new DomainException(
                "agency.regional_government_exists",
                "Every province, regency and city already has its government registered; regional governments cannot be added.");
        }

        var agency = Create(IdGenerator.NewId(), name, type, provinceCode, regencyCode, now);
        agency.Raise(new AgencyRegistered(agency.Id, agency.Name, type, provinceCode, regencyCode, now));
        return agency;
    }

    /// <summary>Creates an agency with a known identifier, for reference data.</summary>
    public static Agency Create(Guid id, string name, AgencyType type, string? provinceCode, string? regencyCode, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (regencyCode is not null && (provinceCode is null || !regencyCode.StartsWith(provinceCode + ".", StringComparison.Ordinal)))
        {
            throw new ArgumentException("A regency code must lie within the agency's province.", nameof(regencyCode));
        }

        return new Agency(id, name.Trim(), type, provinceCode, regencyCode, createdAt);
    }
}

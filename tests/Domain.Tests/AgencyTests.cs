using Jipp.Domain.Agencies;
using Jipp.Domain.Common;

namespace Jipp.Domain.Tests;

public sealed class AgencyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(AgencyType.ProvincialGovernment)]
    [InlineData(AgencyType.RegencyGovernment)]
    [InlineData(AgencyType.CityGovernment)]
    public void Regional_governments_cannot_be_registered(AgencyType type)
    {
        var refusal = Assert.Throws<DomainException>(() => Agency.Register("Pemerintah Baru", type, "35", "35.78", Now));

        Assert.Equal("agency.regional_government_exists", refusal.Code);
    }

    [Fact]
    public void A_registered_agency_keeps_its_trimmed_name_and_region()
    {
        var agency = Agency.Register("  Universitas Airlangga ", AgencyType.University, "35", "35.78", Now);

        Assert.Equal("Universitas Airlangga", agency.Name);
        Assert.Equal("35", agency.ProvinceCode);
        Assert.Equal("35.78", agency.RegencyCode);
        Assert.Equal(Now, agency.CreatedAt);
    }

    [Fact]
    public void A_regency_outside_the_province_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Agency.Register("BUMD X", AgencyType.RegionOwnedEnterprise, "51", "35.78", Now));
    }

    [Theory]
    [InlineData(AgencyType.University, true)]
    [InlineData(AgencyType.Other, true)]
    [InlineData(AgencyType.Ministry, false)]
    [InlineData(AgencyType.StateOwnedEnterprise, false)]
    public void Universities_and_other_bodies_are_outside_government(AgencyType type, bool outside)
    {
        Assert.Equal(outside, type.IsOutsideGovernment());
    }
}

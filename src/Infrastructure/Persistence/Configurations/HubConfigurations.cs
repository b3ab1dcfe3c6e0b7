using Jipp.Domain.Agencies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jipp.Infrastructure.Persistence.Configurations;

internal sealed class HubConfiguration : IEntityTypeConfiguration<Hub>
{
    public void Configure(EntityTypeBuilder<Hub> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.Property(h => h.ProvinceCode).HasMaxLength(2);
        builder.Property(h => h.DecreeNumber).HasMaxLength(100);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.LeadingSectors);
        builder.HasOne<Agency>().WithMany().HasForeignKey(h => h.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(h => h.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(h => h.Partners).WithOne().HasForeignKey(p => p.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(h => h.Partners).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A province hosts at most one active hub.
        builder.HasIndex(h => h.ProvinceCode).IsUnique().HasFilter("status = 'Active'");
        builder.HasIndex(h => h.AgencyId);
    }
}

internal sealed class HubPartnerConfiguration : IEntityTypeConfiguration<HubPartner>
{
    public void Configure(EntityTypeBuilder<HubPartner> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(Agency.NameMaxLength);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.SupportStatementRef).HasMaxLength(200);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

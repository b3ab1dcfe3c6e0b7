using Jipp.Domain.Agencies;
using Jipp.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jipp.Infrastructure.Persistence.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.ProvinceCode).HasMaxLength(2);
        builder.Property(a => a.RegencyCode).HasMaxLength(5);
        builder.HasOne<Province>().WithMany().HasForeignKey(a => a.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regency>().WithMany().HasForeignKey(a => a.RegencyCode).OnDelete(DeleteBehavior.Restrict);

        // Keyset paging walks (name, id); a second index keeps names unique whatever their case.
        builder.HasIndex(a => new { a.Name, a.Id });
        builder.HasIndex(a => new { a.ProvinceCode, a.Type });
    }
}

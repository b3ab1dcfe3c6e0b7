using Jipp.Domain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jipp.Infrastructure.Persistence.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(2);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.ShortName).HasMaxLength(50);
        builder.Property(p => p.BpsCode).HasMaxLength(2);
    }
}

internal sealed class RegencyConfiguration : IEntityTypeConfiguration<Regency>
{
    public void Configure(EntityTypeBuilder<Regency> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(5);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ProvinceCode).HasMaxLength(2);
        builder.HasOne<Province>().WithMany().HasForeignKey(r => r.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ProvinceCode);
    }
}

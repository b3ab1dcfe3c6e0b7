using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jipp.Infrastructure.Persistence.Configurations;

internal sealed class CandidacyConfiguration : IEntityTypeConfiguration<Candidacy>
{
    public void Configure(EntityTypeBuilder<Candidacy> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Notes).HasMaxLength(Candidacy.TextMaxLength);
        builder.Property(c => c.TrackRecord).HasJsonConversion();
        builder.Property(c => c.Invitation).HasJsonConversion();
        builder.Property(c => c.Willingness).HasJsonConversion();
        builder.Property(c => c.Commitment).HasJsonConversion();
        builder.Property(c => c.Readiness).HasJsonConversion();
        builder.Property(c => c.Assessment).HasJsonConversion();
        builder.Property(c => c.Designation).HasJsonConversion();
        builder.Property(c => c.Rejection).HasJsonConversion();
        builder.Property(c => c.Withdrawal).HasJsonConversion();
        builder.Ignore(c => c.IsOpen);

        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hub>().WithMany().HasForeignKey(c => c.HubId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CohortYear, c.State, c.Id });
        builder.HasIndex(c => new { c.AgencyId, c.Id });

        // At most one open candidacy per agency, also under concurrent shortlisting.
        builder.HasIndex(c => c.AgencyId)
            .HasDatabaseName("ux_candidacies_open_agency")
            .IsUnique()
            .HasFilter("state IN ('Shortlisted', 'Invited', 'Willing', 'Committed', 'ReadinessSubmitted', 'Assessed')");
    }
}

internal sealed class CohortPolicyConfiguration : IEntityTypeConfiguration<CohortPolicy>
{
    public void Configure(EntityTypeBuilder<CohortPolicy> builder)
    {
        builder.HasKey(p => p.Year);
        builder.Property(p => p.Year).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.MinRegencyCoverage).HasPrecision(5, 4);
    }
}

internal sealed class HubActivityConfiguration : IEntityTypeConfiguration<HubActivity>
{
    public void Configure(EntityTypeBuilder<HubActivity> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Title).HasMaxLength(HubActivity.TitleMaxLength);
        builder.Property(a => a.Notes).HasMaxLength(HubActivity.NotesMaxLength);
        builder.HasOne<Hub>().WithMany().HasForeignKey(a => a.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.HubId, a.Id });
    }
}

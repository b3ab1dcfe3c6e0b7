using Jipp.Domain.Agencies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jipp.Infrastructure.Persistence.Configurations;

internal sealed class ReplicationRequestConfiguration : IEntityTypeConfiguration<ReplicationRequest>
{
    public void Configure(EntityTypeBuilder<ReplicationRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.RequesterProvinceCode).HasMaxLength(2);
        builder.Property(r => r.Motivation).HasMaxLength(ReplicationRequest.TextMaxLength);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Verification).HasJsonConversion();
        builder.Property(r => r.Agreement).HasJsonConversion();
        builder.Property(r => r.MentoringSessions).HasJsonConversion();
        builder.Property(r => r.Completion).HasJsonConversion();
        builder.Property(r => r.Cancellation).HasJsonConversion();

        builder.HasOne<Innovation>().WithMany().HasForeignKey(r => r.InnovationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Innovation>().WithMany().HasForeignKey(r => r.ResultInnovationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.RequesterAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Hub>().WithMany().HasForeignKey(r => r.FacilitatingHubId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(r => new { r.State, r.Id });
        builder.HasIndex(r => new { r.InnovationId, r.Id });
        builder.HasIndex(r => new { r.RequesterAgencyId, r.Id });
        builder.HasIndex(r => new { r.OwnerAgencyId, r.Id });
        builder.HasIndex(r => new { r.FacilitatingHubId, r.Id });

        // One open request per requester and innovation, also under concurrent requests.
        builder.HasIndex(r => new { r.RequesterAgencyId, r.InnovationId })
            .HasDatabaseName("ux_replication_requests_open")
            .IsUnique()
            .HasFilter("state IN ('Submitted', 'Verified', 'Agreed', 'InImplementation')");
    }
}

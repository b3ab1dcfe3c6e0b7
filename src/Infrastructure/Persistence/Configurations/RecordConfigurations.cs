using Jipp.Application.Common.Records;
using Jipp.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jipp.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.SubjectType).HasMaxLength(50);
        builder.Property(a => a.SubjectId).HasMaxLength(100);
        builder.Property(a => a.Change).HasMaxLength(20);
        builder.Property(a => a.TraceId).HasMaxLength(64);
        builder.HasIndex(a => new { a.SubjectId, a.Id });
        builder.HasIndex(a => new { a.ClientId, a.Id });
    }
}

internal sealed class IntegrationEventConfiguration : IEntityTypeConfiguration<IntegrationEvent>
{
    public void Configure(EntityTypeBuilder<IntegrationEvent> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();

        // The feed position: NULL until the stamper (stamp_events(), migration EventFeedStamping) positions the
        // committed event. EF Core never sends it and never reads it back after an insert.
        builder.Property(e => e.Sequence).ValueGeneratedNever().Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        builder.Property(e => e.Sequence).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        builder.HasIndex(e => e.Sequence).IsUnique();

        // Drawn from a sequence at insert (a sequence never waits for another transaction); the stamper's order.
        builder.Property(e => e.WriteOrder)
            .HasDefaultValueSql($"nextval('{EventFeedSchema.WriteOrderSequence}')")
            .ValueGeneratedNever();
        builder.Property(e => e.WriteOrder).Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        builder.Property(e => e.WriteOrder).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        // The events still to be positioned, in the stamper's order: small, as the stamper keeps up.
        builder.HasIndex(e => e.WriteOrder).HasFilter("sequence IS NULL").HasDatabaseName("ix_events_unstamped");

        // Left at the first version, the column's default applies; a writer that sets another version sends it.
        builder.Property(e => e.Version).HasDefaultValue(IntegrationEvent.FirstVersion).HasSentinel(IntegrationEvent.FirstVersion);
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.SubjectType).HasMaxLength(50);
        builder.Property(e => e.SubjectId).HasMaxLength(100);
        builder.Property(e => e.Data).HasColumnType("jsonb");
    }
}

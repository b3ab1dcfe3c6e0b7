using Jipp.Application.Common.Records;
using Microsoft.EntityFrameworkCore;
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

        // Assigned by a trigger in commit order (see the migration AuditAndEvents); read back on insert.
        builder.Property(e => e.Sequence).HasDefaultValueSql("0").ValueGeneratedOnAdd();
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.SubjectType).HasMaxLength(50);
        builder.Property(e => e.SubjectId).HasMaxLength(100);
        builder.Property(e => e.Data).HasColumnType("jsonb");
    }
}

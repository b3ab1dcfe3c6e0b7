using Jipp.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jipp.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKeyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyKeyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(k => new { k.ClientId, k.Key });
        builder.Property(k => k.Key).HasMaxLength(255);
        builder.Property(k => k.State).HasMaxLength(20);
        builder.Property(k => k.ClaimId).IsConcurrencyToken();
        builder.Property(k => k.ResponseContentType).HasMaxLength(200);
        builder.Property(k => k.ResponseLocation).HasMaxLength(500);
        builder.HasIndex(k => k.ExpiresAt);
    }
}

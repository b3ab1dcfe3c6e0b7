using Jipp.Domain.ApiClients;
using Jipp.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jipp.Infrastructure.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Url).HasMaxLength(WebhookSubscription.UrlMaxLength);
        builder.Property(s => s.EventTypes);
        builder.Property(s => s.Description).HasMaxLength(WebhookSubscription.DescriptionMaxLength);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(300);
        builder.Property(s => s.ProtectedPreviousSecret).HasMaxLength(300);
        builder.HasOne<ApiClient>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ClientId, s.Id });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.EventType).HasMaxLength(100);
        builder.Property(d => d.SubjectType).HasMaxLength(50);
        builder.Property(d => d.SubjectId).HasMaxLength(100);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);

        // One delivery per event and subscription: the fan-out inserts with ON CONFLICT DO NOTHING on it. It also
        // serves the delivery log (the subscription's deliveries, newest event first).
        builder.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique();
        builder.HasIndex(d => new { d.SubscriptionId, d.EventSequence }).IsUnique();

        // The claim: due deliveries, and whether an earlier event of the same subject is still pending.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("state = 'Pending'").HasDatabaseName("ix_webhook_deliveries_due");
        builder.HasIndex(d => new { d.SubscriptionId, d.SubjectType, d.SubjectId, d.EventSequence }).HasFilter("state = 'Pending'").HasDatabaseName("ix_webhook_deliveries_pending_by_subject");
    }
}

using DxMonitor.Domain.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.ToTable("notification_deliveries");
        // One row per alert transition and target, whoever writes it: a second write of the same one fails.
        builder.HasIndex(d => d.DeliveryId).IsUnique();
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
        builder.HasIndex(d => d.ClaimedBy);
        builder.Property(d => d.Transition).HasMaxLength(20);
        builder.Property(d => d.Channel).HasMaxLength(20);
        builder.Property(d => d.Target).HasMaxLength(2000);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.HasOne<Alert>().WithMany().HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}

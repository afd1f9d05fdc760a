using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    /// <summary>
    /// Closes the open alerts that repeat an earlier open one's fingerprint (left by two instances' passes before
    /// the unique index), so that the index can be built: the migration runs it first.
    /// </summary>
    internal const string CloseDuplicateOpenAlerts = """
        UPDATE alerts SET "State" = 3, "ResolvedAt" = "LastSeenAt"
        WHERE "State" <> 3 AND "Id" NOT IN (SELECT MIN("Id") FROM alerts WHERE "State" <> 3 GROUP BY "Fingerprint")
        """;

    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("alerts");
        builder.HasIndex(a => new { a.Fingerprint, a.State });
        // One open alert per fingerprint, whichever instance or pass writes it (3 = Resolved; same SQL on both providers).
        builder.HasIndex(a => a.Fingerprint).IsUnique().HasFilter($"\"State\" <> {(int)AlertState.Resolved}").HasDatabaseName("IX_alerts_open_fingerprint");
        builder.HasIndex(a => new { a.UnitId, a.State });
        builder.HasIndex(a => a.State);
        builder.Ignore(a => a.IsOpen);
        builder.Property(a => a.Fingerprint).HasMaxLength(200);
        builder.Property(a => a.PeriodCode).HasMaxLength(8);
        builder.Property(a => a.SummaryVi).HasMaxLength(500);
        builder.Property(a => a.SummaryEn).HasMaxLength(500);
        builder.Property(a => a.Evidence).HasMaxLength(4000);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(100);
        builder.Property(a => a.AcknowledgeNote).HasMaxLength(Alert.LongestNote);
        builder.Property(a => a.SilencedBy).HasMaxLength(100);
        builder.Property(a => a.SilenceReason).HasMaxLength(Alert.LongestNote);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

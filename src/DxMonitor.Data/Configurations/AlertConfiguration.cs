using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("alerts");
        builder.HasIndex(a => new { a.Fingerprint, a.State });
        builder.HasIndex(a => new { a.UnitId, a.State });
        builder.HasIndex(a => a.State);
        builder.Ignore(a => a.IsOpen);
        builder.Property(a => a.Fingerprint).HasMaxLength(200);
        builder.Property(a => a.PeriodCode).HasMaxLength(8);
        builder.Property(a => a.SummaryVi).HasMaxLength(500);
        builder.Property(a => a.SummaryEn).HasMaxLength(500);
        builder.Property(a => a.Evidence).HasMaxLength(4000);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(100);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

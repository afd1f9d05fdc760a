using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Sources;
using DxMonitor.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.ToTable("targets");
        builder.HasIndex(t => new { t.IndicatorId, t.Scope, t.Deadline });
        builder.Property(t => t.Value).HasPrecision(20, 6);
        builder.Property(t => t.BaselineValue).HasPrecision(20, 6);
        builder.Property(t => t.BaselinePeriod).HasMaxLength(8);
        builder.Property(t => t.LegalSourceVi).HasMaxLength(500);
        builder.Property(t => t.LegalSourceEn).HasMaxLength(500);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceDocument>().WithMany().HasForeignKey(t => t.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}

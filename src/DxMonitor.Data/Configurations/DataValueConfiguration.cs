using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Sources;
using DxMonitor.Domain.Units;
using DxMonitor.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class DataValueConfiguration : IEntityTypeConfiguration<DataValue>
{
    public void Configure(EntityTypeBuilder<DataValue> builder)
    {
        builder.ToTable("data_values");
        builder.HasIndex(v => new { v.IndicatorId, v.UnitId, v.PeriodCode }).IsUnique();
        builder.HasIndex(v => new { v.UnitId, v.PeriodStart });
        builder.HasIndex(v => new { v.IndicatorId, v.PeriodStart });
        builder.Ignore(v => v.Period);
        builder.Property(v => v.PeriodCode).HasMaxLength(8);
        builder.Property(v => v.Value).HasPrecision(20, 6);
        builder.Property(v => v.Denominator).HasPrecision(20, 6);
        builder.Property(v => v.PublishedValue).HasPrecision(20, 6);
        builder.Property(v => v.PublishedDenominator).HasPrecision(20, 6);
        builder.Ignore(v => v.IsPublished);
        builder.Property(v => v.Comment).HasMaxLength(2000);
        builder.Property(v => v.SubmittedBy).HasMaxLength(100);
        builder.Property(v => v.Via).HasMaxLength(60);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SourceDocument>().WithMany().HasForeignKey(v => v.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}

using DxMonitor.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class DataValueChangeConfiguration : IEntityTypeConfiguration<DataValueChange>
{
    public void Configure(EntityTypeBuilder<DataValueChange> builder)
    {
        builder.ToTable("data_value_changes");
        builder.HasIndex(c => new { c.IndicatorId, c.UnitId, c.PeriodCode, c.ChangedAt });
        builder.HasIndex(c => new { c.UnitId, c.ChangedAt });
        builder.Property(c => c.PeriodCode).HasMaxLength(8);
        builder.Property(c => c.OldValue).HasPrecision(20, 6);
        builder.Property(c => c.NewValue).HasPrecision(20, 6);
        builder.Property(c => c.OldDenominator).HasPrecision(20, 6);
        builder.Property(c => c.NewDenominator).HasPrecision(20, 6);
        builder.Property(c => c.Comment).HasMaxLength(2000);
        builder.Property(c => c.ChangedBy).HasMaxLength(100);
        builder.Property(c => c.Via).HasMaxLength(60);
        builder.Property(c => c.ClientAddress).HasMaxLength(64);
    }
}

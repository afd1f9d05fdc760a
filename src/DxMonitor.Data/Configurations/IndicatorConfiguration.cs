using System.Globalization;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Sources;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Code).HasMaxLength(PublicCode.MaxLength);
        builder.Property(i => i.NameVi).HasMaxLength(300);
        builder.Property(i => i.NameEn).HasMaxLength(300);
        builder.Property(i => i.DefinitionVi).HasMaxLength(2000);
        builder.Property(i => i.DefinitionEn).HasMaxLength(2000);
        builder.Property(i => i.UnitOfMeasureVi).HasMaxLength(50);
        builder.Property(i => i.UnitOfMeasureEn).HasMaxLength(50);
        builder.Property(i => i.Formula).HasMaxLength(500);
        builder.Ignore(i => i.AuditSubject);
        builder.Property(i => i.Minimum).HasPrecision(20, 6);
        builder.Property(i => i.Maximum).HasPrecision(20, 6);
        builder.Property(i => i.CountCondition)
            .HasMaxLength(40)
            .HasConversion(c => c == null ? null : c.ToString(), text => ParseCondition(text));
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.WeightIndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SourceDocument>().WithMany().HasForeignKey(i => i.SourceId).OnDelete(DeleteBehavior.Restrict);
    }

    private static Condition? ParseCondition(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Split(' ', 2);
        return Condition.TryParseOperator(parts[0], out var op)
            ? new Condition(op, decimal.Parse(parts[1], CultureInfo.InvariantCulture))
            : null;
    }
}

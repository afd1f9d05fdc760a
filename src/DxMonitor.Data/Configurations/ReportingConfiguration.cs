using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Reporting;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class ReportingRoundConfiguration : IEntityTypeConfiguration<ReportingRound>
{
    public void Configure(EntityTypeBuilder<ReportingRound> builder)
    {
        builder.ToTable("reporting_rounds");
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Ignore(r => r.Indicators);
        builder.Property(r => r.Code).HasMaxLength(PublicCode.MaxLength);
        builder.Property(r => r.TitleVi).HasMaxLength(300);
        builder.Property(r => r.PeriodCode).HasMaxLength(8);
        builder.Property(r => r.IndicatorIds).HasMaxLength(4000);
        builder.Property(r => r.OpenedBy).HasMaxLength(256);
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasIndex(r => new { r.RoundId, r.UnitId }).IsUnique();
        builder.Ignore(r => r.IsEditable);
        builder.Property(r => r.SubmittedBy).HasMaxLength(256);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.Property(r => r.ReviewComment).HasMaxLength(2000);
        builder.Property(r => r.CorrectionReason).HasMaxLength(2000);
        builder.HasOne<ReportingRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportEntryConfiguration : IEntityTypeConfiguration<ReportEntry>
{
    public void Configure(EntityTypeBuilder<ReportEntry> builder)
    {
        builder.ToTable("report_entries");
        builder.Ignore(e => e.AuditSubject);
        builder.HasIndex(e => new { e.ReportId, e.IndicatorId }).IsUnique();
        builder.Property(e => e.Value).HasPrecision(20, 6);
        builder.Property(e => e.Denominator).HasPrecision(20, 6);
        builder.Property(e => e.Comment).HasMaxLength(2000);
        builder.HasOne<Report>().WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(e => e.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

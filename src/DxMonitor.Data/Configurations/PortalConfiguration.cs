using DxMonitor.Domain.Portals;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class PortalConfiguration : IEntityTypeConfiguration<Portal>
{
    public void Configure(EntityTypeBuilder<Portal> builder)
    {
        builder.ToTable("portals");
        builder.HasIndex(p => new { p.UnitId, p.Url }).IsUnique();
        builder.HasIndex(p => p.LastEvaluatedAt);
        builder.Property(p => p.Url).HasMaxLength(PortalUrl.MaxLength);
        builder.Property(p => p.RegisteredBy).HasMaxLength(256);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PortalEvaluationConfiguration : IEntityTypeConfiguration<PortalEvaluation>
{
    public void Configure(EntityTypeBuilder<PortalEvaluation> builder)
    {
        builder.ToTable("portal_evaluations");
        builder.HasIndex(e => new { e.PortalId, e.StartedAt });
        builder.Property(e => e.Grade).HasMaxLength(4);
        builder.Property(e => e.Trigger).HasMaxLength(20);
        builder.Property(e => e.RequestedBy).HasMaxLength(256);
        builder.Property(e => e.Definition).HasMaxLength(80);
        builder.HasOne<Portal>().WithMany().HasForeignKey(e => e.PortalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Checks).WithOne().HasForeignKey(c => c.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Findings).WithOne().HasForeignKey(f => f.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PortalCheckScoreConfiguration : IEntityTypeConfiguration<PortalCheckScore>
{
    public void Configure(EntityTypeBuilder<PortalCheckScore> builder)
    {
        builder.ToTable("portal_check_scores");
        builder.Property(c => c.CheckId).HasMaxLength(40);
        builder.Property(c => c.NotMeasuredReason).HasMaxLength(500);
    }
}

internal sealed class PortalFindingConfiguration : IEntityTypeConfiguration<PortalFinding>
{
    public void Configure(EntityTypeBuilder<PortalFinding> builder)
    {
        builder.ToTable("portal_findings");
        builder.Property(f => f.CheckId).HasMaxLength(40);
        builder.Property(f => f.Code).HasMaxLength(80);
        builder.Property(f => f.Message).HasMaxLength(1000);
        builder.Property(f => f.EvidenceUrl).HasMaxLength(2000);
        builder.Property(f => f.EvidenceHeader).HasMaxLength(2000);
        builder.Property(f => f.EvidenceElement).HasMaxLength(2000);
        builder.Property(f => f.EvidenceMetric).HasMaxLength(2000);
    }
}

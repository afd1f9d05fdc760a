using DxMonitor.Domain.Projects;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.UnitId);
        builder.Ignore(p => p.Phase);
        builder.Ignore(p => p.AuditSubject);
        builder.Property(p => p.Code).HasMaxLength(PublicCode.MaxLength);
        builder.Property(p => p.Name).HasMaxLength(500);
        builder.Property(p => p.NameFolded).HasMaxLength(500);
        builder.Property(p => p.DecisionNumber).HasMaxLength(100);
        builder.Property(p => p.TotalBudget).HasPrecision(20, 2);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> builder)
    {
        builder.ToTable("project_milestones");
        builder.Ignore(m => m.AuditSubject);
        builder.Property(m => m.ProjectCode).HasMaxLength(PublicCode.MaxLength);
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectYearPlanConfiguration : IEntityTypeConfiguration<ProjectYearPlan>
{
    public void Configure(EntityTypeBuilder<ProjectYearPlan> builder)
    {
        builder.ToTable("project_year_plans");
        builder.HasIndex(p => new { p.ProjectId, p.Year }).IsUnique();
        builder.Ignore(p => p.AuditSubject);
        builder.Property(p => p.ProjectCode).HasMaxLength(PublicCode.MaxLength);
        builder.Property(p => p.Planned).HasPrecision(20, 2);
        builder.Property(p => p.Disbursed).HasPrecision(20, 2);
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectDocumentConfiguration : IEntityTypeConfiguration<ProjectDocument>
{
    public void Configure(EntityTypeBuilder<ProjectDocument> builder)
    {
        builder.ToTable("project_documents");
        builder.Ignore(d => d.AuditSubject);
        builder.Property(d => d.ProjectCode).HasMaxLength(PublicCode.MaxLength);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.StoredName).HasMaxLength(64);
        builder.Property(d => d.UploadedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

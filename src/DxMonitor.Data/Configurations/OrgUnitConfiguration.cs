using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("units");
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => new { u.Level, u.ValidFrom, u.ValidTo });
        builder.Property(u => u.Code).HasMaxLength(PublicCode.MaxLength);
        builder.Property(u => u.AdminCode).HasMaxLength(20);
        builder.Property(u => u.NameVi).HasMaxLength(200);
        builder.Property(u => u.NameEn).HasMaxLength(200);
        builder.Property(u => u.Note).HasMaxLength(2000);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

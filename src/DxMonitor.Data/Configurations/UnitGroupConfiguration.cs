using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class UnitGroupConfiguration : IEntityTypeConfiguration<UnitGroup>
{
    public void Configure(EntityTypeBuilder<UnitGroup> builder)
    {
        builder.ToTable("unit_groups");
        builder.HasIndex(g => g.Code).IsUnique();
        builder.Property(g => g.Code).HasMaxLength(PublicCode.MaxLength);
        builder.Property(g => g.NameVi).HasMaxLength(200);
        builder.Property(g => g.NameEn).HasMaxLength(200);
        builder.Property(g => g.DescriptionVi).HasMaxLength(1000);
        builder.Property(g => g.DescriptionEn).HasMaxLength(1000);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnitGroupMemberConfiguration : IEntityTypeConfiguration<UnitGroupMember>
{
    public void Configure(EntityTypeBuilder<UnitGroupMember> builder)
    {
        builder.ToTable("unit_group_members");
        builder.HasKey(m => new { m.GroupId, m.UnitId });
        builder.HasIndex(m => m.UnitId);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

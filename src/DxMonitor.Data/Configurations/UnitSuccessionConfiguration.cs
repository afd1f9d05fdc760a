using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> builder)
    {
        builder.ToTable("unit_successions");
        builder.HasIndex(s => new { s.PredecessorId, s.SuccessorId }).IsUnique();
        builder.HasIndex(s => s.SuccessorId);
        builder.Property(s => s.Share).HasPrecision(9, 6);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }
}

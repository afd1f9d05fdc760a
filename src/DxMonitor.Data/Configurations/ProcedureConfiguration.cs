using DxMonitor.Domain.Procedures;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.ToTable("procedures");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(Procedure.CodeMaxLength);
        builder.Property(p => p.Name).HasMaxLength(ProcedureTerms.NameMaxLength);
        builder.Property(p => p.NameFolded).HasMaxLength(ProcedureTerms.NameMaxLength);
        builder.HasIndex(p => new { p.UnitId, p.Code, p.ValidFrom }).IsUnique();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.Terms);
    }
}

using DxMonitor.Domain.DxIndex;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class IndexMethodologyConfiguration : IEntityTypeConfiguration<IndexMethodology>
{
    public void Configure(EntityTypeBuilder<IndexMethodology> builder)
    {
        builder.ToTable("index_methodologies");
        builder.Property(m => m.Index).HasMaxLength(40);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Hash).HasMaxLength(64);
        builder.Property(m => m.UpdatedBy).HasMaxLength(256);
        builder.Property(m => m.AdoptedBy).HasMaxLength(256);
        builder.Property(m => m.Source).HasMaxLength(4000);
        // The whole structure as one JSON document: it is read and written whole, and versions never share parts.
        builder.Property(m => m.Definition).HasConversion(d => MethodologyJson.Serialize(d), json => MethodologyJson.Deserialize(json),
            new ValueComparer<IndexDefinition>((a, b) => ReferenceEquals(a, b), d => d.GetHashCode(), d => d));
        builder.Ignore(m => m.AuditSubject);
        builder.HasIndex(m => new { m.Index, m.Year, m.Version }).IsUnique();
    }
}

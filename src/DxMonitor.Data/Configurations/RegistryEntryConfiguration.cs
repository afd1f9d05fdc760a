using System.Text.Json;
using DxMonitor.Domain.Registries;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class RegistryEntryConfiguration : IEntityTypeConfiguration<RegistryEntry>
{
    public void Configure(EntityTypeBuilder<RegistryEntry> builder)
    {
        builder.ToTable("registry_entries");
        builder.HasIndex(e => new { e.Registry, e.UnitId });
        builder.Ignore(e => e.AuditSubject);
        builder.Property(e => e.Registry).HasMaxLength(40);
        builder.Property(e => e.Name).HasMaxLength(RegistryRules.NameMaxLength);
        builder.Property(e => e.NameFolded).HasMaxLength(RegistryRules.NameMaxLength);
        // The registry's own fields, as a JSON object of invariant text; the definitions say what they mean.
        builder.Property(e => e.Fields)
            .HasConversion(
                fields => JsonSerializer.Serialize(fields, Audit.AuditJson.Options),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, Audit.AuditJson.Options) ?? new(StringComparer.Ordinal),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => a != null && b != null && a.Count == b.Count && a.All(kv => b.ContainsKey(kv.Key) && b[kv.Key] == kv.Value),
                    d => d.Aggregate(0, (hash, kv) => HashCode.Combine(hash, kv.Key, kv.Value)),
                    d => new Dictionary<string, string>(d, StringComparer.Ordinal)));
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

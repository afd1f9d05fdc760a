using DxMonitor.Data.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class EngineChangeConfiguration : IEntityTypeConfiguration<EngineChange>
{
    public void Configure(EntityTypeBuilder<EngineChange> builder)
    {
        builder.ToTable("engine_changes");
        builder.HasIndex(c => c.At);
    }
}

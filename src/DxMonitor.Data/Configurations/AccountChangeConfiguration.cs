using DxMonitor.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class AccountChangeConfiguration : IEntityTypeConfiguration<AccountChange>
{
    public void Configure(EntityTypeBuilder<AccountChange> builder)
    {
        builder.ToTable("account_changes");
        builder.HasIndex(c => new { c.Subject, c.ChangedAt });
        builder.Property(c => c.Subject).HasMaxLength(256);
        builder.Property(c => c.Action).HasMaxLength(40);
        builder.Property(c => c.OldValue).HasMaxLength(500);
        builder.Property(c => c.NewValue).HasMaxLength(500);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.Property(c => c.ClientAddress).HasMaxLength(64);
    }
}

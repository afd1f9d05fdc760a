using DxMonitor.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DxMonitor.Data.Configurations;

internal sealed class CalendarAdjustmentConfiguration : IEntityTypeConfiguration<CalendarAdjustment>
{
    public void Configure(EntityTypeBuilder<CalendarAdjustment> builder)
    {
        builder.ToTable("calendar_adjustments");
        builder.HasKey(a => a.Date);
        builder.Property(a => a.Date).ValueGeneratedNever();
        builder.Property(a => a.Reason).HasMaxLength(CalendarAdjustment.ReasonMaxLength);
    }
}

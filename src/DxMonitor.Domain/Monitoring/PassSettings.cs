namespace DxMonitor.Domain.Monitoring;

/// <summary>Settings of a monitoring pass: today's date, grace days after a period's end before a report is overdue.</summary>
public sealed record PassSettings(DateOnly Today, int OverdueGraceDays = 15, bool Overdue = true, bool Outliers = true);

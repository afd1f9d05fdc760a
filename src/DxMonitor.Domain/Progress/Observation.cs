namespace DxMonitor.Domain.Progress;

/// <summary>A value observed for the period ending on <see cref="At"/>.</summary>
public readonly record struct Observation(DateOnly At, double Value);

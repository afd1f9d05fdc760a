using DxMonitor.Domain.Indicators;

namespace DxMonitor.Domain.Progress;

/// <summary>What progress is measured against: the value to reach by a deadline, and an optional fixed baseline.</summary>
public sealed record TargetSpec(double Value, DateOnly Deadline, Direction Direction, Observation? Baseline = null);

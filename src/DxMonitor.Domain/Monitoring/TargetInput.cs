using DxMonitor.Domain.Progress;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Monitoring;

/// <summary>A target as the monitoring pass needs it: the engine index of its indicator, its scope and spec.</summary>
public sealed record TargetInput(int TargetId, int Indicator, UnitLevel Scope, TargetSpec Spec);

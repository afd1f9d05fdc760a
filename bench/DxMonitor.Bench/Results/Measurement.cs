namespace DxMonitor.Bench.Results;

/// <summary>One row of the results table.</summary>
public sealed record Measurement(string Name, string Figure, string Unit, string Target);

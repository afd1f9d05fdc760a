namespace DxMonitor.Domain.Registries;

/// <summary>A figure a registry contributes to an indicator, for one unit: "12 community teams in P01".</summary>
public sealed record RegistryCount(string Indicator, decimal Value);

namespace DxMonitor.Bench.Generation;

/// <summary>The codes of the seeded units valid today that the data set builds on.</summary>
public sealed record SeededUnits(string Nation, IReadOnlyList<string> Provinces, IReadOnlyList<string> Ministries);

namespace DxMonitor.Domain.ServiceIndex;

/// <summary>The definition versions, the seeded one first: which is in force in a month, and all of them in order.</summary>
public sealed class ServiceIndexVersions(IEnumerable<ServiceIndexDefinition> stored)
{
    public IReadOnlyList<ServiceIndexDefinition> All { get; } =
        [.. stored.Prepend(Decision766.Definition).OrderBy(d => d.ValidFromMonth).ThenBy(d => d.Version, StringComparer.Ordinal)];

    /// <summary>The version in force in a month (yyyyMM): the latest to start on or before it; the seeded one before any.</summary>
    public ServiceIndexDefinition InForce(int month) => All.LastOrDefault(d => d.ValidFromMonth <= month) ?? All[0];
}

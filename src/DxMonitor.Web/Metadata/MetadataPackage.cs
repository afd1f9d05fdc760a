using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Formulas;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Methodologies;
using DxMonitor.Web.Targets;
using DxMonitor.Web.Units;

namespace DxMonitor.Web.Metadata;

/// <summary>
/// The methodology of a server as one document (gói siêu dữ liệu): its indicator catalogue, targets, index methodologies
/// and unit groups, each item in the vocabulary of its own API. Exported from one server and imported into another; a
/// section left out is left alone, and an import never deletes what the package does not name.
/// </summary>
public sealed record MetadataPackage(
    string Format = MetadataPackage.FormatName, int FormatVersion = MetadataPackage.CurrentVersion, DateTime? ExportedAt = null,
    IReadOnlyList<PackagedIndicator>? Indicators = null, IReadOnlyList<PackagedTarget>? Targets = null,
    IReadOnlyList<PackagedMethodology>? Methodologies = null, IReadOnlyList<UnitGroupRequest>? UnitGroups = null)
{
    public const string FormatName = "dxmonitor-metadata";
    public const int CurrentVersion = 1;
}

/// <summary>An indicator as POST /indicators takes it, whether its derived figures publish themselves, and the day it was retired.</summary>
public sealed record PackagedIndicator(IndicatorRequest Indicator, bool AutoPublish = false, DateOnly? RetiredOn = null)
{
    public string Key => Indicator.Code ?? "";

    /// <summary>
    /// The indicators in their order, except that each comes after the ones of the list its formula and weight read, so
    /// that they can be created one by one (an export writes them so; an import of a hand-made package orders them so).
    /// </summary>
    public static List<PackagedIndicator> InputsFirst(IReadOnlyList<PackagedIndicator> indicators)
    {
        var byCode = indicators.GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ordered = new List<PackagedIndicator>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        void Place(PackagedIndicator item, int depth)
        {
            if (placed.Contains(item.Key) || depth > indicators.Count)
            {
                return;
            }
            var inputs = Formula.TryParse(item.Indicator.Formula, out var formula, out _) ? formula.References.Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
            foreach (var input in inputs.Append(item.Indicator.WeightIndicator ?? "").Where(byCode.ContainsKey))
            {
                Place(byCode[input], depth + 1);
            }
            if (placed.Add(item.Key))
            {
                ordered.Add(item);
            }
        }
        foreach (var item in indicators)
        {
            Place(item, 0);
        }
        return ordered;
    }
}

/// <summary>A target as POST /targets takes it and the day it was retired; known on another server by indicator, scope and deadline.</summary>
public sealed record PackagedTarget(TargetRequest Target, DateOnly? RetiredOn = null)
{
    public string Key => TargetKey(Target.Indicator, Target.Scope, Target.Deadline);

    public static string TargetKey(string? indicator, string? scope, string? deadline) => $"{indicator}/{scope}/{deadline}";
}

/// <summary>One version of an index's methodology for a year, as PUT /indexes/{code}/methodologies/{year} takes it, with its status.</summary>
public sealed record PackagedMethodology(
    string Index, int Year, int Version, MethodologyStatus Status, UnitLevel PeerLevel, MethodologyRequest Methodology)
{
    public string Key => MethodologyKey(Index, Year, Version);

    public static string MethodologyKey(string index, int year, int version) => $"{index}/{year}/v{version}";
}

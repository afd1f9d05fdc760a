using System.ComponentModel.DataAnnotations;
using DxMonitor.Domain.Registries;

namespace DxMonitor.Web.Registries;

/// <summary>An entry to add or update: its unit, its name and the registry's own fields (see GET /registries).</summary>
/// <param name="Unit">Code of the unit that keeps the entry (the owner ministry of a platform, the province of a team).</param>
/// <param name="Name">What the registry names: a platform, a team, a village, a database, what was breached.</param>
/// <param name="Fields">The registry's fields by key, as text: dates yyyy-MM-dd, whole numbers, yes/no as 1/0.</param>
public sealed record RegistryEntryWrite(
    [property: Required, StringLength(40)] string Unit,
    [property: Required, StringLength(RegistryRules.NameMaxLength)] string Name,
    [property: MaxLength(20)] Dictionary<string, string?>? Fields = null);

/// <summary>A registry entry.</summary>
public sealed record RegistryEntryResponse(
    Guid Id, string Registry, string Unit, string UnitNameVi, string Name, IReadOnlyDictionary<string, string> Fields, DateTime UpdatedAt);

/// <summary>A field of a registry, for clients and forms.</summary>
public sealed record RegistryFieldResponse(string Key, string LabelVi, string LabelEn, FieldKind Kind, bool Required, IReadOnlyList<string>? Choices);

/// <summary>A registry: what its entries are, who keeps them, and which indicators their counts feed.</summary>
public sealed record RegistryResponse(
    string Key, string NameVi, string NameEn, string NameLabelVi, IReadOnlyList<string> Levels, IReadOnlyList<RegistryFieldResponse> Fields,
    IReadOnlyList<string> Indicators, int Entries);

/// <summary>What an import did.</summary>
public sealed record RegistryImportResult(int Rows, int Created, int Updated);

namespace DxMonitor.Web.Metadata;

/// <summary>What an import did, or in a dry run would do, to one item: created, changed (which fields), retired, adopted.</summary>
public sealed record MetadataChange(string Section, string Key, MetadataAction Action, IReadOnlyList<string> Fields);

public enum MetadataAction
{
    Create,
    Update,
}

/// <summary>
/// The answer to an import: each item created or changed with the fields that changed, how many items the package
/// holds unchanged, and the conflicts, each under its item and field (e.g. <c>indicators[DX_01].periodType</c>).
/// With any conflict nothing is stored; a dry run stores nothing either way.
/// </summary>
public sealed record MetadataImportReport(
    bool DryRun, bool Applied, IReadOnlyList<MetadataChange> Changes, int Unchanged, IReadOnlyDictionary<string, string[]> Conflicts);

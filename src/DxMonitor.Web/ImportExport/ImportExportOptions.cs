using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.ImportExport;

public sealed class ImportExportOptions
{
    public const string Section = "ImportExport";

    /// <summary>Largest file an import accepts, in bytes; larger ones are answered 413.</summary>
    [Range(1024, 1_073_741_824)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most data rows in one imported file.</summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 100_000;

    /// <summary>Most rows in one XLSX export (a workbook is built in memory; CSV exports stream and have no limit).</summary>
    [Range(1, 1_048_575)]
    public int MaxXlsxExportRows { get; set; } = 200_000;
}

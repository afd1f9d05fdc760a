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

    /// <summary>
    /// Most bytes an imported XLSX may expand to, all its parts uncompressed; a workbook declaring more is answered 413
    /// before it is loaded.
    /// </summary>
    [Range(1_048_576, 2_147_483_648)]
    public long MaxXlsxUncompressedBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>
    /// Most cells in an imported XLSX's sheets, and the most area one sheet's rows and cells may span from A1; more is
    /// answered 413 before the workbook is loaded, which costs about 600 bytes a cell.
    /// </summary>
    [Range(100, 100_000_000)]
    public int MaxXlsxCells { get; set; } = 1_000_000;

    public XlsxLimits Xlsx => new(MaxXlsxUncompressedBytes, MaxXlsxCells);

    /// <summary>Most rows in one XLSX export (a workbook is built in memory; CSV exports stream and have no limit).</summary>
    [Range(1, 1_048_575)]
    public int MaxXlsxExportRows { get; set; } = 200_000;
}

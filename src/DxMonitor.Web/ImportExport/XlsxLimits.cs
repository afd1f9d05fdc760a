namespace DxMonitor.Web.ImportExport;

/// <summary>
/// How far an uploaded workbook may expand before it is loaded: the bytes of all its parts uncompressed, and the
/// cells of its sheets, which is also the most area one sheet's rows and cells may span from A1.
/// </summary>
public sealed record XlsxLimits(long MaxUncompressedBytes, int MaxCells)
{
    /// <summary>The limits of a configuration without the settings (ImportExport:MaxXlsxUncompressedBytes, MaxXlsxCells).</summary>
    public static XlsxLimits Default { get; } = new ImportExportOptions().Xlsx;
}

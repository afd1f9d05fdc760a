using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// Measures an uploaded workbook before ClosedXML loads it, since ClosedXML holds every row and cell in memory (about
/// 600 bytes a cell): first the uncompressed sizes the ZIP declares for its parts (.NET's ZipArchive never inflates an
/// entry past its declared length, so a header that understates it only truncates the part), then, streaming every
/// worksheet part, its cells and the area its rows and cells span. A small file that would expand past a limit is refused
/// without being expanded; memory stays that of one XML reader.
/// </summary>
public static class WorkbookSize
{
    public const string UncompressedSetting = "ImportExport:MaxXlsxUncompressedBytes";
    public const string CellsSetting = "ImportExport:MaxXlsxCells";

    private static readonly XmlReaderSettings Reading = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Throws <see cref="FileTooLargeException"/> naming the limit exceeded; a damaged ZIP or XML throws as its reader does.</summary>
    public static void Check(byte[] bytes, XlsxLimits limits)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        long uncompressed = 0;
        foreach (var entry in zip.Entries)
        {
            uncompressed += entry.Length;
            if (uncompressed > limits.MaxUncompressedBytes)
            {
                throw new FileTooLargeException(ImportExportText.Texts.Format("XlsxExpandsTooFar", limits.MaxUncompressedBytes), UncompressedSetting);
            }
        }
        long cells = 0;
        foreach (var entry in zip.Entries)
        {
            cells = CountSheet(entry, cells, limits.MaxCells);
        }
    }

    /// <summary>
    /// Adds a worksheet part's cells to <paramref name="cells"/> and checks the area its rows and cells reach from A1
    /// (the area ClosedXML's used range covers, so empty rows count too); other parts (workbook, styles, images) are
    /// left after their first element. Worksheets are found by their root element, not by their name, since the
    /// workbook's relationships may put them anywhere.
    /// </summary>
    private static long CountSheet(ZipArchiveEntry entry, long cells, int maxCells)
    {
        using var reader = XmlReader.Create(entry.Open(), Reading);
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "worksheet")
            {
                return cells;
            }
        }
        catch (XmlException)
        {
            return cells; // not XML at all: an image or another binary part
        }
        var (row, column, lastRow, lastColumn) = (0, 0, 0, 0);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("row" or "c"))
            {
                continue;
            }
            if (reader.LocalName == "row")
            {
                row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : row + 1;
                column = 0;
            }
            else
            {
                (row, column) = CellReference.TryParse(reader.GetAttribute("r"), out var r, out var c) ? (r, c) : (Math.Max(row, 1), column + 1);
                if (++cells > maxCells)
                {
                    throw new FileTooLargeException(ImportExportText.Texts.Format("XlsxTooManyCells", maxCells), CellsSetting);
                }
            }
            (lastRow, lastColumn) = (Math.Max(lastRow, row), Math.Max(lastColumn, Math.Max(column, 1)));
            if ((long)lastRow * lastColumn > maxCells)
            {
                throw new FileTooLargeException(ImportExportText.Texts.Format("XlsxSpansTooFar", CellReference.Of(lastRow, lastColumn), maxCells), CellsSetting);
            }
        }
        return cells;
    }
}

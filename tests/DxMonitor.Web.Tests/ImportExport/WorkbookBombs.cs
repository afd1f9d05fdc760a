using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DxMonitor.Web.ImportExport;

namespace DxMonitor.Web.Tests.ImportExport;

/// <summary>
/// Small workbooks that expand far beyond their size: a real workbook (values header, written by the product) whose
/// first sheet is replaced by XML written on the fly and compressed, so nothing large is ever held in memory.
/// </summary>
public static class WorkbookBombs
{
    private const string SheetPart = "xl/worksheets/sheet1.xml";
    private const string Open = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private const string Close = "</sheetData></worksheet>";

    private static readonly Lazy<byte[]> GigabyteOfText = new(() => WithSheet(sheet =>
    {
        Write(sheet, Open + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
        var run = new byte[1 << 20];
        Array.Fill(run, (byte)'A');
        for (var i = 0; i < 1024; i++)
        {
            sheet.Write(run);
        }
        Write(sheet, "</t></is></c></row>" + Close);
    }));

    /// <summary>About 1 MB that expands to 1 GiB: one cell holding a run of a billion letters.</summary>
    public static byte[] Gigabyte => GigabyteOfText.Value;

    /// <summary>A sheet of <paramref name="cells"/> cells "1" in one long row after another, each row 1,000 cells wide.</summary>
    public static byte[] Cells(int cells) => WithSheet(sheet =>
    {
        Write(sheet, Open);
        var row = Encoding.ASCII.GetBytes("<row>" + string.Concat(Enumerable.Repeat("<c><v>1</v></c>", 1000)) + "</row>");
        for (var written = 0; written < cells; written += 1000)
        {
            sheet.Write(row);
        }
        Write(sheet, Close);
    });

    /// <summary>A sheet whose one row holds <paramref name="cells"/> cells all claiming the address A1.</summary>
    public static byte[] SameCell(int cells) => WithSheet(sheet =>
    {
        Write(sheet, Open + "<row r=\"1\">");
        var cell = Encoding.ASCII.GetBytes("<c r=\"A1\"><v>1</v></c>");
        for (var i = 0; i < cells; i++)
        {
            sheet.Write(cell);
        }
        Write(sheet, "</row>" + Close);
    });

    /// <summary>A sheet of <paramref name="rows"/> empty row records.</summary>
    public static byte[] EmptyRows(int rows) => WithSheet(sheet =>
    {
        Write(sheet, Open);
        var row = Encoding.ASCII.GetBytes("<row/>");
        for (var i = 0; i < rows; i++)
        {
            sheet.Write(row);
        }
        Write(sheet, Close);
    });

    /// <summary>Two cells, A1 and the one at <paramref name="column"/><paramref name="row"/>: a tiny file whose used area spans everything between.</summary>
    public static byte[] Spanning(string column, int row) => WithSheet(sheet => Write(sheet,
        Open + $"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"{row}\"><c r=\"{column}{row}\"><v>2</v></c></row>" + Close));

    /// <summary>
    /// A workbook whose first sheet's ZIP headers declare <paramref name="declared"/> bytes while the sheet inflates to
    /// 20 MB of cells: the headers are patched after writing.
    /// </summary>
    public static byte[] Understated(uint declared)
    {
        var bytes = WithSheet(sheet =>
        {
            Write(sheet, Open);
            var row = Encoding.ASCII.GetBytes("<row>" + string.Concat(Enumerable.Repeat("<c><v>1</v></c>", 1000)) + "</row>");
            for (var i = 0; i < 1300; i++)
            {
                sheet.Write(row);
            }
            Write(sheet, Close);
        }, sheetFirst: true);
        // The sheet is the first entry: its local header is at 0 (size at +22), its central record the first PK\1\2 (+24).
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(22), declared);
        var central = bytes.AsSpan().IndexOf("PK\u0001\u0002"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), declared);
        return bytes;
    }

    private static byte[] WithSheet(Action<Stream> writeSheet, bool sheetFirst = false)
    {
        var template = XlsxFormat.Write([]);
        using var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (sheetFirst)
            {
                WriteSheet(target, writeSheet);
            }
            foreach (var entry in source.Entries.Where(e => e.FullName != SheetPart))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
            if (!sheetFirst)
            {
                WriteSheet(target, writeSheet);
            }
        }
        return output.ToArray();
    }

    private static void WriteSheet(ZipArchive target, Action<Stream> writeSheet)
    {
        using var sheet = target.CreateEntry(SheetPart, CompressionLevel.Optimal).Open();
        writeSheet(sheet);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}

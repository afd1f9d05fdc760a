namespace DxMonitor.Web.ImportExport;

/// <summary>A cell as read from a file: its text, and its number when the file stored one (XLSX).</summary>
public readonly record struct SheetCell(string Text, decimal? Number = null)
{
    public bool IsBlank => Number is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>A data row with the row number the user sees in the spreadsheet (the header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells)
{
    public SheetCell this[int index] => index < Cells.Count ? Cells[index] : new SheetCell("");
}

/// <summary>A file read into its header and its non-blank data rows.</summary>
public sealed record SheetTable(IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows);

/// <summary>A file that cannot be read as a table at all: corrupt, not UTF-8, unclosed quotes.</summary>
public sealed class UnreadableFileException(string message) : Exception(message);

namespace DxMonitor.Web.ImportExport;

/// <summary>A spreadsheet cell's A1 reference: "XFD1048576" is column 16384, row 1048576.</summary>
public static class CellReference
{
    public static bool TryParse(string? text, out int row, out int column)
    {
        (row, column) = (0, 0);
        var i = 0;
        for (; i < text?.Length && char.IsAsciiLetter(text[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > 16_384)
            {
                return false;
            }
        }
        return text is not null && i > 0 && int.TryParse(text.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out row)
            && row is > 0 and <= 1_048_576;
    }

    public static string Of(int row, int column) => ValueSheet.Letter(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

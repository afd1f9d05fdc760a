using System.Text.RegularExpressions;

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// Reads the place of a file problem back from the API's invariant key ("row 3, column F (received_at)"), so a page
/// can say it in the reader's language.
/// </summary>
public static partial class ProblemPlace
{
    public sealed record Cell(string Row, string Column, string Key);

    public static Cell? Parse(string key) =>
        CellKey().Match(key) is { Success: true } m ? new Cell(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;

    [GeneratedRegex(@"^row (\d+), column ([A-Z]+) \((.+)\)$")]
    private static partial Regex CellKey();
}

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// OWASP's CSV-injection rule: a text cell that a spreadsheet would read as a formula (starting with '=', '+', '-',
/// '@', a tab or a carriage return) is written with a single quote in front, so Excel and LibreOffice show it as
/// text. Numbers are never text cells, so -5 stays a number. Cells already starting with quotes before such a
/// character get one more, so that <see cref="Restore"/> gives back exactly what was exported and a CSV export
/// imports again unchanged.
/// </summary>
public static class CsvInjection
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string text) => LooksLikeFormula(text) ? "'" + text : text;

    /// <summary>Undoes <see cref="Neutralise"/> on a cell read from a CSV file.</summary>
    public static string Restore(string text) => text.StartsWith('\'') && LooksLikeFormula(text[1..]) ? text[1..] : text;

    private static bool LooksLikeFormula(string text)
    {
        var unquoted = text.AsSpan().TrimStart('\'');
        return unquoted.Length > 0 && FormulaStarts.Contains(unquoted[0]);
    }
}

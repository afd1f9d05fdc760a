using System.Text;

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// The columns of an exported, template or imported file of values. Headers are Vietnamese (what the
/// officers read); an import also accepts the English key as the header ("value" for "Giá trị").
/// </summary>
public static class ValueSheet
{
    public sealed record Column(string Key, string Header, bool RequiredOnImport, bool IgnoredOnImport = false);

    public static readonly Column Indicator = new("indicator", "Mã chỉ tiêu", true);
    public static readonly Column IndicatorName = new("indicatorName", "Tên chỉ tiêu", false, IgnoredOnImport: true);
    public static readonly Column Unit = new("unit", "Mã đơn vị", true);
    public static readonly Column UnitName = new("unitName", "Tên đơn vị", false, IgnoredOnImport: true);
    public static readonly Column Period = new("period", "Kỳ báo cáo", true);
    public static readonly Column Value = new("value", "Giá trị", true);
    public static readonly Column Denominator = new("denominator", "Mẫu số", false);
    public static readonly Column Comment = new("comment", "Ghi chú", false);
    public static readonly Column Source = new("source", "Nguồn", false);

    // For the reader filling a template: what the value is measured in, the unit's published value of the period
    // before, and the target; read on export, ignored on import.
    public static readonly Column UnitOfMeasure = new("unitOfMeasure", "Đơn vị tính", false, IgnoredOnImport: true);
    public static readonly Column LastPeriodValue = new("lastPeriodValue", "Giá trị kỳ trước", false, IgnoredOnImport: true);
    public static readonly Column Target = new("target", "Mục tiêu", false, IgnoredOnImport: true);

    /// <summary>The columns in the order files are written.</summary>
    public static readonly IReadOnlyList<Column> Columns =
        [Indicator, IndicatorName, Unit, UnitName, Period, Value, Denominator, Comment, Source, UnitOfMeasure, LastPeriodValue, Target];

    /// <summary>The column a header names, by its Vietnamese header or English key, ignoring case and spacing.</summary>
    public static Column? Find(string header)
    {
        var wanted = Canonical(header);
        return Columns.FirstOrDefault(c => Canonical(c.Header) == wanted || Canonical(c.Key) == wanted);
    }

    /// <summary>"A" for the first column, "AA" for the 27th, as spreadsheets name them.</summary>
    public static string Letter(int columnNumber)
    {
        var letters = "";
        for (var n = columnNumber; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }

    /// <summary>What a user reads as a cell's address in an error: "row 7, column F (value)".</summary>
    public static string Where(int row, int columnNumber, string key) => $"row {row}, column {Letter(columnNumber)} ({key})";

    private static string Canonical(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}

using DxMonitor.Domain.Text;
using DxMonitor.Web.ImportExport;

namespace DxMonitor.Web.Procedures;

/// <summary>The columns of a procedure catalogue file: each has a key, a Vietnamese header, and whether it is required.</summary>
public static class ProcedureSheet
{
    public sealed record Column(string Key, string Header, bool Required);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("unit", "Mã đơn vị", true),
        new("procedure", "Mã thủ tục", true),
        new("name", "Tên thủ tục", true),
        new("online_level", "Mức trực tuyến", false),
        new("fee", "Có phí, lệ phí", false),
        new("paper_result", "Trả kết quả bản giấy", false),
        new("time_limit_days", "Thời hạn giải quyết (ngày)", false),
        new("working_days", "Tính theo ngày làm việc", false),
        new("valid_from", "Ngày công bố", false),
    ];

    /// <summary>The column a header names, by key or Vietnamese header, ignoring case and diacritics.</summary>
    public static Column? Find(string header)
    {
        var folded = SearchText.Fold(header);
        return Columns.FirstOrDefault(c => c.Key == folded || SearchText.Fold(c.Header) == folded);
    }

    public static string Where(int row, IReadOnlyDictionary<string, int> layout, string key) =>
        layout.TryGetValue(key, out var column) ? $"row {row}, column {ValueSheet.Letter(column)} ({key})" : $"row {row} ({key})";
}

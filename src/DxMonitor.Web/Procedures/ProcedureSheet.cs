using DxMonitor.Web.ImportExport;

namespace DxMonitor.Web.Procedures;

/// <summary>The columns of a procedure catalogue file: each has a key, a Vietnamese header, and whether it is required.</summary>
public static class ProcedureSheet
{
    public static readonly IReadOnlyList<ImportHeader.Column> Columns =
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

    public static string Where(int row, IReadOnlyDictionary<string, int> layout, string key) => ImportHeader.Where(row, layout, key);
}

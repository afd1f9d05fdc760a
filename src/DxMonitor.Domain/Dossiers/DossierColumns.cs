namespace DxMonitor.Domain.Dossiers;

/// <summary>The columns of a dossier file: an English key (also the JSON field) and the Vietnamese header.</summary>
public static class DossierColumns
{
    public sealed record Column(string Key, string Header, bool Required, Func<DossierFields, string?> Read);

    public static readonly Column DossierId = new("dossier_id", "Mã hồ sơ", true, f => f.DossierId);
    public static readonly Column Unit = new("unit", "Mã đơn vị", true, f => f.Unit);
    public static readonly Column Procedure = new("procedure", "Mã thủ tục", true, f => f.Procedure);
    public static readonly Column Channel = new("channel", "Kênh tiếp nhận", true, f => f.Channel);
    public static readonly Column OnlineScope = new("online_scope", "Mức trực tuyến", false, f => f.OnlineScope);
    public static readonly Column ReceivedAt = new("received_at", "Thời điểm tiếp nhận", true, f => f.ReceivedAt);
    public static readonly Column DueAt = new("due_at", "Hạn trả kết quả", false, f => f.DueAt);
    public static readonly Column FinishedAt = new("finished_at", "Thời điểm hoàn thành", false, f => f.FinishedAt);
    public static readonly Column Status = new("status", "Trạng thái", true, f => f.Status);
    public static readonly Column PaidOnline = new("paid_online", "Thanh toán trực tuyến", false, f => f.PaidOnline);
    public static readonly Column Digitised = new("digitised", "Số hoá kết quả", false, f => f.Digitised);

    public static readonly Column Supplements = new("supplements", "Số lần yêu cầu bổ sung", false, f => f.Supplements);
    public static readonly Column PausedDays = new("paused_days", "Số ngày tạm dừng", false, f => f.PausedDays);
    public static readonly Column NationalPortal = new("national_portal", "Nộp qua Cổng DVC quốc gia", false, f => f.NationalPortal);
    public static readonly Column Synced = new("synced", "Đồng bộ Cổng DVC quốc gia", false, f => f.Synced);
    public static readonly Column DigitisedInput = new("digitised_input", "Số hoá thành phần hồ sơ", false, f => f.DigitisedInput);
    public static readonly Column ReusedData = new("reused_data", "Tái sử dụng dữ liệu số hoá", false, f => f.ReusedData);

    public static IReadOnlyList<Column> All { get; } =
    [
        DossierId, Unit, Procedure, Channel, OnlineScope, ReceivedAt, DueAt, FinishedAt, Status, PaidOnline, Digitised,
        Supplements, PausedDays, NationalPortal, Synced, DigitisedInput, ReusedData,
    ];

    /// <summary>The column a header cell names, by key or Vietnamese header, ignoring case and spaces around.</summary>
    public static Column? Find(string? header)
    {
        var text = header?.Trim().TrimStart('\uFEFF').Normalize(System.Text.NormalizationForm.FormC) ?? "";
        return All.FirstOrDefault(c => string.Equals(c.Key, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Header, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Where each of <see cref="All"/>'s columns is in a row laid out as <paramref name="layout"/> (null: a column of the file that is none of ours), -1 where it is not in the row; worked out once per file.</summary>
    public static int[] Positions(IReadOnlyList<Column?> layout) => [.. All.Select(column =>
    {
        for (var i = 0; i < layout.Count; i++)
        {
            if (layout[i] == column)
            {
                return i;
            }
        }
        return -1;
    })];

    /// <summary>Fields from a row whose cells are where <see cref="Positions"/> says.</summary>
    public static DossierFields FromCells(int[] positions, IReadOnlyList<string> cells)
    {
        string? Cell(int column) => positions[column] is var at && at >= 0 && at < cells.Count ? cells[at] : null;
        return new(Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6), Cell(7), Cell(8), Cell(9), Cell(10), Cell(11), Cell(12),
            Cell(13), Cell(14), Cell(15), Cell(16));
    }
}

using DxMonitor.Domain.Text;

namespace DxMonitor.Web.Feedback;

/// <summary>The columns of a feedback file and of a rating file: each a key, a Vietnamese header, and whether it is required.</summary>
public static class FeedbackSheets
{
    public sealed record Column(string Key, string Header, bool Required);

    public static readonly IReadOnlyList<Column> Feedback =
    [
        new("feedback_id", "Mã phản ánh", true),
        new("unit", "Mã đơn vị", true),
        new("received_at", "Thời điểm tiếp nhận", true),
        new("due_at", "Hạn trả lời", false),
        new("answered_at", "Thời điểm trả lời", false),
    ];

    public static readonly IReadOnlyList<Column> Ratings =
    [
        new("dossier_id", "Mã hồ sơ", true),
        new("unit", "Mã đơn vị", true),
        new("rated_at", "Thời điểm đánh giá", true),
        new("satisfaction", "Mức độ hài lòng", true),
    ];

    /// <summary>The column a header names, by key or Vietnamese header, ignoring case and diacritics.</summary>
    public static Column? Find(IReadOnlyList<Column> columns, string header)
    {
        var folded = SearchText.Fold(header);
        return columns.FirstOrDefault(c => c.Key == folded || SearchText.Fold(c.Header) == folded);
    }
}

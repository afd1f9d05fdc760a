using DxMonitor.Web.ImportExport;

namespace DxMonitor.Web.Feedback;

/// <summary>The columns of a feedback file and of a rating file: each a key, a Vietnamese header, and whether it is required.</summary>
public static class FeedbackSheets
{
    public static readonly IReadOnlyList<ImportHeader.Column> Feedback =
    [
        new("feedback_id", "Mã phản ánh", true),
        new("unit", "Mã đơn vị", true),
        new("received_at", "Thời điểm tiếp nhận", true),
        new("due_at", "Hạn trả lời", false),
        new("answered_at", "Thời điểm trả lời", false),
    ];

    public static readonly IReadOnlyList<ImportHeader.Column> Ratings =
    [
        new("dossier_id", "Mã hồ sơ", true),
        new("unit", "Mã đơn vị", true),
        new("rated_at", "Thời điểm đánh giá", true),
        new("satisfaction", "Mức độ hài lòng", true),
    ];

}

using DxMonitor.Domain.DxIndex;

namespace DxMonitor.Domain.ServiceIndex;

/// <summary>
/// The definition seeded with the product: the six groups and their points of Decision 766/QĐ-TTg as the national
/// portal publishes them today, each group made of the components DxMonitor can measure from the records units send.
/// docs/service-index.md says which rule each component follows and where the product had to choose.
/// </summary>
public static class Decision766
{
    public const string Version = "766-2022";

    public static ServiceIndexDefinition Definition { get; } = new(
        Version, "2022M08",
        "Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)",
        "Index of service to citizens and businesses (Decision 766/QĐ-TTg)",
        [
            new("PUBLICITY", "Công khai, minh bạch", "Publicity and transparency", 18,
            [
                new("PUB.PROCEDURES", "Thủ tục công khai đủ thời hạn giải quyết", "Procedures published with their time limit", ServiceMeasure.ProceduresComplete, 6),
                new("PUB.SYNCED", "Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "Dossiers synchronised to the national portal", ServiceMeasure.DossiersSynced, 12),
            ]),
            new("PROGRESS", "Tiến độ, kết quả giải quyết", "Processing progress and results", 20,
            [
                new("PRO.ONTIME", "Hồ sơ giải quyết đúng hạn", "Dossiers resolved on time", ServiceMeasure.ResolvedOnTime, 20),
            ]),
            new("ONLINE", "Cung cấp dịch vụ công trực tuyến", "Online public services", 12,
            [
                new("ONL.SUBMITTED", "Hồ sơ nộp trực tuyến", "Dossiers submitted online", ServiceMeasure.SubmittedOnline, 4),
                new("ONL.FULL", "Hồ sơ trực tuyến toàn trình", "Fully online dossiers", ServiceMeasure.FullyOnline, 4),
                new("ONL.PORTAL", "Hồ sơ nộp qua Cổng Dịch vụ công quốc gia", "Dossiers submitted through the national portal", ServiceMeasure.ThroughNationalPortal, 4),
            ]),
            new("PAYMENT", "Thanh toán trực tuyến", "Online payment", 10,
            [
                new("PAY.ONLINE", "Hồ sơ có phí thanh toán trực tuyến", "Fees paid online", ServiceMeasure.PaidOnline, 10),
            ]),
            new("DIGITISATION", "Số hóa hồ sơ", "Digitisation of dossiers", 22,
            [
                new("DIG.INPUT", "Hồ sơ số hóa thành phần", "Dossiers with digitised components", ServiceMeasure.DigitisedInput, 8),
                new("DIG.RESULT", "Kết quả giải quyết được số hóa", "Results issued digitally", ServiceMeasure.DigitisedResult, 8),
                new("DIG.REUSE", "Hồ sơ tái sử dụng dữ liệu số hóa", "Dossiers reusing digitised data", ServiceMeasure.ReusedData, 6),
            ]),
            new("SATISFACTION", "Mức độ hài lòng", "Satisfaction", 18,
            [
                new("SAT.FEEDBACK_ONTIME", "Phản ánh, kiến nghị xử lý đúng hạn", "Feedback answered on time", ServiceMeasure.FeedbackOnTime, 6),
                new("SAT.FEEDBACK", "Phản ánh, kiến nghị không bị chậm", "Feedback without delay", ServiceMeasure.FeedbackWithoutDelay, 6),
                new("SAT.RATINGS", "Hài lòng trong tiếp nhận, giải quyết hồ sơ", "Satisfaction with dossier handling", ServiceMeasure.RatingsSatisfied, 6),
            ]),
        ],
        MissingValue.Reweight);
}

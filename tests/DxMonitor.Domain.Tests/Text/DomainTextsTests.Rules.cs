using System.Globalization;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Formulas;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Portals;
using DxMonitor.Domain.Progress;
using DxMonitor.Domain.Projects;
using DxMonitor.Domain.Registries;
using DxMonitor.Domain.Reporting;
using DxMonitor.Domain.Rollups;
using DxMonitor.Domain.Tests.Indicators;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Tests.Text;

/// <summary>Each area's rules speak Vietnamese unless English is asked for: one telling text per area.</summary>
public sealed partial class DomainTextsTests
{
    [Fact]
    public void An_indicator_tells_a_refused_value_in_Vietnamese()
    {
        var indicator = IndicatorCheckTests.Make(IndicatorValueType.UnitCount);

        var vietnamese = InCulture(CultureInfo.InvariantCulture, () => indicator.Check(-1.5m, null, Period.Parse("2024M01"), UnitLevel.Commune));
        var english = InCulture(English, () => indicator.Check(-1.5m, null, Period.Parse("2024M01"), UnitLevel.Commune));

        Assert.Equal(
            [
                "Chỉ tiêu PRV.TEST báo cáo theo kỳ quý, không theo kỳ tháng (2024M01).",
                "Chỉ tiêu PRV.TEST do đơn vị cấp tỉnh báo cáo, không do đơn vị cấp xã.",
                "Chỉ tiêu PRV.TEST đếm số đơn vị: -1.5 không phải là số nguyên.",
                "-1.5 nhỏ hơn giá trị tối thiểu 0 của chỉ tiêu PRV.TEST.",
            ],
            vietnamese.Select(p => p.Message));
        Assert.Equal("Indicator PRV.TEST is reported by Province, not by a Commune unit.", english[1].Message);
    }

    [Fact]
    public void The_report_workflow_tells_a_broken_step_in_Vietnamese()
    {
        var report = new Report { RoundId = 1, UnitId = 1 };

        var vietnamese = Assert.Throws<RuleViolationException>(() => InCulture(CultureInfo.InvariantCulture, () => Accept(report)));
        var english = Assert.Throws<RuleViolationException>(() => InCulture(English, () => Accept(report)));

        Assert.Equal("Chỉ báo cáo ở trạng thái “đã gửi” mới được chấp nhận; báo cáo này đang ở trạng thái “nháp”.", vietnamese.Message);
        Assert.Equal("Only a submitted report can be accepted; this one is draft.", english.Message);
    }

    [Fact]
    public void Periods_and_formulas_tell_their_mistakes_in_Vietnamese() =>
        InCulture(CultureInfo.InvariantCulture, () =>
        {
            Assert.False(Period.TryParse("2024Q5", out _, out var period));
            Assert.False(Formula.TryParse("MAX(PRV.A, 1)", out _, out var function));
            var unknown = Formula.Parse("PRV.A-B").Validate(_ => false);

            Assert.Equal("Kỳ báo cáo quý được đánh số từ 1 đến 4, không có số 5.", period);
            Assert.Equal("Không có hàm 'MAX' tại vị trí 0 (tên hàm viết thường: 'max').", function);
            Assert.Equal("Không có chỉ tiêu mã 'PRV.A-B' tại vị trí 0. Dấu '-' nằm giữa chữ cái hoặc chữ số được coi là một phần của mã; muốn trừ, hãy để dấu cách hai bên.", Assert.Single(unknown).Message);
            return 0;
        });

    [Fact]
    public void Registries_codes_portals_and_documents_tell_their_checks_in_Vietnamese() =>
        InCulture(CultureInfo.InvariantCulture, () =>
        {
            var teams = RegistryCatalogue.Find(RegistryCatalogue.CommunityTeams)!;
            var (_, _, problems) = RegistryRules.Normalise(teams, " ", new Dictionary<string, string?> { ["commune"] = "Xã Minh Quang", ["members"] = "nhiều" });
            Assert.False(PortalUrl.TryParse("ftp://hanoi.gov.vn", out _, out var url));
            Assert.False(DocumentSignature.TryAccept("bao-cao.pdf", [1, 2, 3], out _, out var document));

            Assert.Equal(["Phải nhập “Tên tổ”.", "“Số thành viên” phải là số nguyên từ 0 đến 100000000, không phải 'nhiều'."], problems.Select(p => p.Message));
            Assert.Equal("'dot 1' không phải là mã đợt báo cáo hợp lệ: mã gồm tối đa 40 ký tự, là chữ cái viết hoa, chữ số, '.', '-' hoặc '_'.", PublicCode.Describe("round", "dot 1"));
            Assert.Equal("'ftp://hanoi.gov.vn' không phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.", url);
            Assert.StartsWith("Nội dung tệp 'bao-cao.pdf' không thuộc các loại được chấp nhận (.pdf, ", document, StringComparison.Ordinal);
            return 0;
        });

    [Fact]
    public void Alerts_progress_and_rollups_explain_themselves_in_Vietnamese() =>
        InCulture(CultureInfo.InvariantCulture, () =>
        {
            var alert = new Alert { Fingerprint = "f", Rule = AlertRule.ReportOverdue, UnitId = 1, SummaryVi = "", SummaryEn = "", Evidence = "", State = AlertState.Resolved };
            var target = new TargetSpec(80, new DateOnly(2025, 12, 31), Direction.HigherIsBetter);
            var progress = ProgressCalculator.Evaluate(target, [], new DateOnly(2025, 6, 1));

            Assert.Equal("Cảnh báo đã được xử lý xong, không thể xác nhận nữa.", Assert.Throws<RuleViolationException>(() => alert.Acknowledge("a", DateTime.UnixEpoch)).Message);
            Assert.Equal("Chưa có số liệu nào được báo cáo.", ProgressCalculator.Explain(progress, target));
            Assert.Equal("Chưa đơn vị nào báo cáo số liệu.", Aggregator.Combine(AggregationRule.Sum, []).NoValueReason);
            return 0;
        });

    private static int Accept(Report report)
    {
        report.Accept("a", DateTime.UnixEpoch);
        return 0;
    }
}

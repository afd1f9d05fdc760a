using System.Globalization;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Bench.Generation;

/// <summary>
/// The generated indicators BENCH.I001…, in blocks of ten: six counts (Sum; the sixth is the weight of the
/// block's rates), two percentages (WeightedAverage, weighted by the sixth) and two yes/no (CountMeeting ≥ 1).
/// Every block is reported by communes except the last: its first five by provinces, the rest by ministries.
/// </summary>
public static class IndicatorPlan
{
    public const int BlockSize = 10;
    public const int WeightPosition = 5;

    private static readonly (string Vi, string En)[] Counts =
    [
        ("Số hồ sơ thủ tục hành chính tiếp nhận trực tuyến", "Administrative dossiers received online"),
        ("Số thuê bao băng rộng cố định", "Fixed broadband subscriptions"),
        ("Số thành viên tổ công nghệ số cộng đồng", "Members of community digital technology teams"),
        ("Số tài khoản định danh điện tử được kích hoạt", "Activated electronic identification accounts"),
        ("Số giao dịch thanh toán không dùng tiền mặt", "Cashless payment transactions"),
        ("Số hộ gia đình", "Households"),
    ];

    private static readonly (string Vi, string En)[] Rates =
    [
        ("Tỷ lệ hộ gia đình có kết nối cáp quang", "Share of households with a fibre connection"),
        ("Tỷ lệ hộ gia đình có người dùng điện thoại thông minh", "Share of households with a smartphone user"),
    ];

    private static readonly (string Vi, string En)[] YesNo =
    [
        ("Đã ban hành kế hoạch chuyển đổi số năm", "Has issued a yearly digital transformation plan"),
        ("Có trang thông tin điện tử đạt chuẩn", "Has a compliant web portal"),
    ];

    public static string Code(int index) => string.Create(CultureInfo.InvariantCulture, $"BENCH.I{index + 1:000}");

    public static AggregationRule Rule(int index) => (index % BlockSize) switch
    {
        < 6 => AggregationRule.Sum,
        < 8 => AggregationRule.WeightedAverage,
        _ => AggregationRule.CountMeeting,
    };

    public static int Weight(int index) =>
        Rule(index) == AggregationRule.WeightedAverage ? index / BlockSize * BlockSize + WeightPosition : -1;

    /// <summary>For CountMeeting: what a reporting unit must meet to be counted.</summary>
    public static Condition? CountCondition(int index) =>
        Rule(index) == AggregationRule.CountMeeting ? new Condition(ComparisonOperator.GreaterOrEqual, 1) : null;

    public static UnitLevel Level(int index, int count)
    {
        if (index < count - BlockSize)
        {
            return UnitLevel.Commune;
        }
        return index % BlockSize < 5 ? UnitLevel.Province : UnitLevel.Ministry;
    }

    /// <summary>A new indicator entity for one database (ids and the weight's id are set by the caller).</summary>
    public static Indicator ToEntity(int index, int count)
    {
        var position = index % BlockSize;
        var rule = Rule(index);
        var (vi, en) = rule switch
        {
            AggregationRule.Sum => Counts[position],
            AggregationRule.WeightedAverage => Rates[position - 6],
            _ => YesNo[position - 8],
        };
        var number = (index + 1).ToString("000", CultureInfo.InvariantCulture);
        var type = rule switch
        {
            AggregationRule.Sum => IndicatorValueType.Number,
            AggregationRule.WeightedAverage => IndicatorValueType.Percentage,
            _ => IndicatorValueType.YesNo,
        };
        return new Indicator
        {
            Code = Code(index),
            NameVi = $"{vi} (chỉ tiêu thử nghiệm {number})",
            NameEn = $"{en} (benchmark indicator {number})",
            DefinitionVi = "Chỉ tiêu sinh tự động cho bộ đo hiệu năng; không phải số liệu thật.",
            DefinitionEn = "Generated for the benchmark harness; not a real figure.",
            UnitOfMeasureVi = type switch { IndicatorValueType.Percentage => "%", IndicatorValueType.YesNo => "có/không", _ => "số lượng" },
            UnitOfMeasureEn = type switch { IndicatorValueType.Percentage => "%", IndicatorValueType.YesNo => "yes/no", _ => "count" },
            ValueType = type,
            ReportingLevels = Level(index, count).ToSet(),
            PeriodType = PeriodType.Quarter,
            Aggregation = rule,
            CountCondition = CountCondition(index),
            TimeAggregation = rule == AggregationRule.Sum && position % 2 == 0 ? TimeAggregation.Sum : TimeAggregation.Last,
            Direction = Direction.HigherIsBetter,
            Minimum = 0,
            Maximum = type switch { IndicatorValueType.Percentage => 100, IndicatorValueType.YesNo => 1, _ => null },
        };
    }
}

using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Indicators;

/// <summary>An indicator of the catalogue (chỉ tiêu): what is reported, by whom, how often and how it rolls up.</summary>
public sealed class Indicator
{
    public int Id { get; private set; }
    public required string Code { get; init; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public required string DefinitionVi { get; set; }
    public required string DefinitionEn { get; set; }
    public required string UnitOfMeasureVi { get; set; }
    public required string UnitOfMeasureEn { get; set; }
    public required IndicatorValueType ValueType { get; set; }
    public required UnitLevels ReportingLevels { get; set; }
    public required PeriodType PeriodType { get; set; }
    public required AggregationRule Aggregation { get; set; }

    /// <summary>For <see cref="AggregationRule.WeightedAverage"/>: the additive indicator that weights the rate.</summary>
    public int? WeightIndicatorId { get; set; }

    /// <summary>For <see cref="AggregationRule.CountMeeting"/>: what a child must meet to be counted.</summary>
    public Condition? CountCondition { get; set; }

    public TimeAggregation TimeAggregation { get; set; }
    public Direction Direction { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public int? SourceId { get; set; }

    /// <summary>For a computed indicator: its formula over other indicators' codes; it is then never reported.</summary>
    public string? Formula { get; set; }

    /// <summary>Checks a value a unit reports; returns the problems found, each naming the input field.</summary>
    public IReadOnlyList<FieldProblem> Check(decimal value, decimal? denominator, Period period, UnitLevel level)
    {
        var problems = new List<FieldProblem>();
        if (Formula is not null)
        {
            problems.Add(new("indicator", $"Indicator {Code} is computed by the formula {Formula}; it is not reported."));
            return problems;
        }
        if (period.Type != PeriodType)
        {
            problems.Add(new("period", $"Indicator {Code} is reported per {PeriodType.ToString().ToLowerInvariant()}, not per {period.Type.ToString().ToLowerInvariant()} ({period.Code})."));
        }
        if (!ReportingLevels.Includes(level))
        {
            var levels = string.Join(", ", ReportingLevels.Members());
            problems.Add(new("unit", $"Indicator {Code} is reported by {levels}, not by a {level} unit."));
        }
        CheckValue(value, problems);
        CheckDenominator(value, denominator, problems);
        return problems;
    }

    private void CheckValue(decimal value, List<FieldProblem> problems)
    {
        if (ValueType == IndicatorValueType.YesNo && value is not (0 or 1))
        {
            problems.Add(new("value", $"Indicator {Code} is yes/no: report 1 (yes) or 0 (no), not {value}."));
            return;
        }
        if (ValueType == IndicatorValueType.UnitCount && value != decimal.Truncate(value))
        {
            problems.Add(new("value", $"Indicator {Code} counts units: {value} is not a whole number."));
        }
        var min = Minimum ?? (ValueType is IndicatorValueType.Percentage or IndicatorValueType.UnitCount ? 0 : null);
        var max = Maximum ?? (ValueType == IndicatorValueType.Percentage ? 100 : null);
        if (value < min)
        {
            problems.Add(new("value", $"{value} is below the minimum {min} of indicator {Code}."));
        }
        if (value > max)
        {
            problems.Add(new("value", $"{value} is above the maximum {max} of indicator {Code}."));
        }
    }

    private void CheckDenominator(decimal value, decimal? denominator, List<FieldProblem> problems)
    {
        if (denominator is null)
        {
            return;
        }
        if (ValueType != IndicatorValueType.UnitCount && Aggregation != AggregationRule.CountMeeting)
        {
            problems.Add(new("denominator", $"Indicator {Code} is not a count of units; it takes no denominator."));
        }
        else if (denominator <= 0 || denominator != decimal.Truncate(denominator.Value))
        {
            problems.Add(new("denominator", $"The denominator must be a positive whole number, not {denominator}."));
        }
        else if (value > denominator)
        {
            problems.Add(new("denominator", $"The count {value} cannot exceed the number of units {denominator}."));
        }
    }
}

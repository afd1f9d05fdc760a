using System.Globalization;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Resources;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Indicators;

/// <summary>An indicator of the catalogue (chỉ tiêu): what is reported, by whom, how often and how it rolls up.</summary>
public sealed class Indicator : IAuditedRecord
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

    /// <summary>The one path by which the indicator's figures enter (<see cref="FigureOwner.Formula"/> exactly when it has a formula).</summary>
    public FigureOwner Owner { get; set; }

    /// <summary>
    /// For a derived indicator: a figure for a period that the public has never seen is published as soon as it is
    /// computed (an analyst's rule). A change to a published figure still waits for an analyst.
    /// </summary>
    public bool AutoPublish { get; set; }

    /// <summary>The day it was retired: kept with its figures for history, no longer reported, computed or targeted.</summary>
    public DateOnly? RetiredOn { get; set; }

    public string AuditSubject => $"indicator/{Code}";

    /// <summary>The problem when a write by <paramref name="path"/> would type over a figure another path owns; null when the path owns it.</summary>
    public FieldProblem? CheckOwner(FigureOwner path) =>
        Owner == path ? null : new("indicator", IndicatorText.Texts.Format("WrongOwner", Code, Owner.InWords(), path.InWords()));

    /// <summary>Checks a value a unit reports; returns the problems found, each naming the input field.</summary>
    public IReadOnlyList<FieldProblem> Check(decimal value, decimal? denominator, Period period, UnitLevel level)
    {
        var problems = new List<FieldProblem>();
        if (RetiredOn is { } retired)
        {
            problems.Add(new("indicator", IndicatorText.Texts.Format("Retired", Code, retired.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            return problems;
        }
        if (Formula is not null)
        {
            problems.Add(new("indicator", IndicatorText.Texts.Format("ComputedNotReported", Code, Formula)));
            return problems;
        }
        if (period.Type != PeriodType)
        {
            problems.Add(new("period", IndicatorText.Texts.Format("WrongPeriodType", Code, PeriodType.InWords(), period.Type.InWords(), period.Code)));
        }
        if (!ReportingLevels.Includes(level))
        {
            var levels = string.Join(", ", ReportingLevels.Members().Select(l => l.InWords()));
            problems.Add(new("unit", IndicatorText.Texts.Format("WrongLevel", Code, levels, level.InWords())));
        }
        CheckValue(value, problems);
        CheckDenominator(value, denominator, problems);
        return problems;
    }

    private void CheckValue(decimal value, List<FieldProblem> problems)
    {
        if (ValueType == IndicatorValueType.YesNo && value is not (0 or 1))
        {
            problems.Add(new("value", IndicatorText.Texts.Format("NotYesNo", Code, Shown(value))));
            return;
        }
        if (ValueType == IndicatorValueType.UnitCount && value != decimal.Truncate(value))
        {
            problems.Add(new("value", IndicatorText.Texts.Format("NotWholeCount", Code, Shown(value))));
        }
        var min = Minimum ?? (ValueType is IndicatorValueType.Percentage or IndicatorValueType.UnitCount ? 0 : null);
        var max = Maximum ?? (ValueType == IndicatorValueType.Percentage ? 100 : null);
        if (value < min)
        {
            problems.Add(new("value", IndicatorText.Texts.Format("BelowMinimum", Shown(value), Shown(min), Code)));
        }
        if (value > max)
        {
            problems.Add(new("value", IndicatorText.Texts.Format("AboveMaximum", Shown(value), Shown(max), Code)));
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
            problems.Add(new("denominator", IndicatorText.Texts.Format("NoDenominator", Code)));
        }
        else if (denominator <= 0 || denominator != decimal.Truncate(denominator.Value))
        {
            problems.Add(new("denominator", IndicatorText.Texts.Format("DenominatorNotPositiveWhole", Shown(denominator))));
        }
        else if (value > denominator)
        {
            problems.Add(new("denominator", IndicatorText.Texts.Format("CountAboveDenominator", Shown(value), Shown(denominator))));
        }
    }

    /// <summary>A number as the reader writes it: 0 rather than the stored 0.0, with the culture's decimal mark.</summary>
    private static string Shown(decimal? number) => number?.ToString("0.############################", CultureInfo.CurrentCulture) ?? "";
}

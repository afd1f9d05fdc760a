using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Tests;

/// <summary>Test data with defaults: units with ids (normally database-assigned) and engine indicators.</summary>
internal static class Builders
{
    public static readonly DateOnly MergerDay = new(2025, 7, 1);

    public static OrgUnit Unit(int id, string code, UnitLevel level = UnitLevel.Province, int? parent = null, DateOnly? from = null, DateOnly? to = null)
    {
        var unit = new OrgUnit { Code = code, Level = level, NameVi = code, NameEn = code, ParentId = parent, ValidFrom = from, ValidTo = to };
        typeof(OrgUnit).GetProperty(nameof(OrgUnit.Id))!.SetValue(unit, id); // ids are database-assigned
        return unit;
    }

    public static UnitSuccession Succession(int from, int to, decimal share = 1m, DateOnly? on = null) =>
        new() { PredecessorId = from, SuccessorId = to, EffectiveOn = on ?? MergerDay, Share = share };

    public static EngineIndicator Indicator(
        int id, string code, AggregationRule rule, UnitLevels levels = UnitLevels.Commune, int weightIndex = -1,
        TimeAggregation time = TimeAggregation.Last, Direction direction = Direction.HigherIsBetter, Condition? condition = null) =>
        new(id, code, rule, weightIndex, condition, levels, PeriodType.Quarter, time, direction);
}

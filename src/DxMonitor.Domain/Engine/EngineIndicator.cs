using DxMonitor.Domain.Formulas;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Engine;

/// <summary>What the engine needs of an indicator; <see cref="WeightIndex"/> is the engine index of its weight, or -1.</summary>
public sealed record EngineIndicator(
    int Id, string Code, AggregationRule Rule, int WeightIndex, Condition? Condition, UnitLevels ReportingLevels,
    PeriodType PeriodType, TimeAggregation TimeAggregation, Direction Direction)
{
    /// <summary>For a computed indicator: the formula bound to <see cref="Inputs"/>, slot k reading indicator Inputs[k].</summary>
    public CompiledFormula? Formula { get; init; }

    public IReadOnlyList<int> Inputs { get; init; } = [];

    /// <summary>
    /// Engine indicators in the catalogue's order. A formula that does not parse, or refers to an unknown code
    /// or one of another period type, is a <see cref="RuleViolationException"/> naming the indicator.
    /// </summary>
    public static IReadOnlyList<EngineIndicator> From(IReadOnlyList<Indicator> indicators)
    {
        var index = indicators.Select((indicator, i) => (indicator.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var byCode = indicators.Select((indicator, i) => (indicator.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return [.. indicators.Select(i => new EngineIndicator(
            i.Id, i.Code, i.Aggregation, i.WeightIndicatorId is { } w && index.TryGetValue(w, out var wi) ? wi : -1,
            i.CountCondition, i.ReportingLevels, i.PeriodType, i.TimeAggregation, i.Direction)
            .WithFormula(i, indicators, byCode))];
    }

    private EngineIndicator WithFormula(Indicator indicator, IReadOnlyList<Indicator> all, Dictionary<string, int> byCode)
    {
        if (indicator.Formula is null)
        {
            return this;
        }
        if (!Formulas.Formula.TryParse(indicator.Formula, out var formula, out var error))
        {
            throw new RuleViolationException($"Formula of {Code}: {error}", "formula");
        }
        var unknown = formula.Validate(byCode.ContainsKey);
        if (unknown.Count > 0)
        {
            throw new RuleViolationException($"Formula of {Code}: {unknown[0].Message}", "formula");
        }
        var inputs = formula.References.Select(code => byCode[code]).ToList();
        var mismatched = inputs.FirstOrDefault(i => all[i].PeriodType != PeriodType, -1);
        if (mismatched >= 0)
        {
            throw new RuleViolationException($"Formula of {Code} uses {all[mismatched].Code}, reported per {all[mismatched].PeriodType}, not per {PeriodType}.", "formula");
        }
        return this with { Inputs = inputs, Formula = formula.Bind(code => inputs.IndexOf(byCode[code])) };
    }
}

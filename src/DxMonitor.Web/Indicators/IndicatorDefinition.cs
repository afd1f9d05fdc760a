using DxMonitor.Domain;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Formulas;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Indicators;

/// <summary>
/// Checks an <see cref="IndicatorRequest"/> against the catalogue and writes it onto a tracked indicator: the seed's rules
/// (SEED-FORMAT.md) and the engine's (a formula parses, names indicators that exist and are of its period type, and
/// no indicator depends on itself through formulas and weights). Every problem names its field; with any problem
/// the caller must not save (the indicator may be partly written).
/// </summary>
public static class IndicatorDefinition
{
    public static Dictionary<string, string[]> Apply(IndicatorRequest body, Indicator indicator, IndicatorCatalogue catalogue, IReadOnlyDictionary<string, int> sources)
    {
        var problems = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (problems.TryGetValue(field, out var list) ? list : problems[field] = []).Add(message);
        string Text(string? text, string field, int max)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Add(field, CatalogueText.Texts.Format("Required"));
                return "";
            }
            if (text.Trim().Length > max)
            {
                Add(field, CatalogueText.Texts.Format("TooLong", max));
            }
            return text.Trim().Normalize(System.Text.NormalizationForm.FormC);
        }
        T Enum<T>(string? text, string field, T? fallback = null) where T : struct, System.Enum
        {
            if (string.IsNullOrWhiteSpace(text) && fallback is { } value)
            {
                return value;
            }
            if (System.Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(text, out _))
            {
                return parsed;
            }
            Add(field, ApiText.Texts.Format("NotOneOf", text ?? "", string.Join(", ", System.Enum.GetNames<T>())));
            return default;
        }

        var nameVi = Text(body.NameVi, "nameVi", 300);
        var nameEn = Text(body.NameEn, "nameEn", 300);
        var definitionVi = Text(body.DefinitionVi, "definitionVi", 2000);
        var definitionEn = Text(body.DefinitionEn, "definitionEn", 2000);
        var unitVi = Text(body.UnitOfMeasureVi, "unitOfMeasureVi", 50);
        var unitEn = Text(body.UnitOfMeasureEn, "unitOfMeasureEn", 50);
        var valueType = Enum<IndicatorValueType>(body.ValueType, "valueType");
        var periodType = Enum<PeriodType>(body.PeriodType, "periodType");
        var aggregation = Enum<AggregationRule>(body.Aggregation, "aggregation");
        var timeAggregation = Enum<TimeAggregation>(body.TimeAggregation, "timeAggregation", TimeAggregation.Last);
        var direction = Enum<Direction>(body.Direction, "direction", Direction.HigherIsBetter);
        var formulaText = string.IsNullOrWhiteSpace(body.Formula) ? null : body.Formula.Trim();
        var owner = Enum<FigureOwner>(body.Owner, "owner", formulaText is null ? FigureOwner.Reported : FigureOwner.Formula);
        var levels = UnitLevels.None;
        if (body.ReportingLevels is not { Count: > 0 })
        {
            Add("reportingLevels", CatalogueText.Texts.Format("NoLevels"));
        }
        else
        {
            foreach (var level in body.ReportingLevels)
            {
                levels |= (UnitLevels)(1 << (int)Enum<UnitLevel>(level, "reportingLevels", null));
            }
        }
        if ((owner == FigureOwner.Formula) != (formulaText is not null))
        {
            Add("owner", CatalogueText.Texts.Format(formulaText is null ? "FormulaOwnerNeedsFormula" : "FormulaNeedsFormulaOwner"));
        }

        Indicator? weight = null;
        if (aggregation == AggregationRule.WeightedAverage)
        {
            if (string.IsNullOrWhiteSpace(body.WeightIndicator))
            {
                Add("weightIndicator", CatalogueText.Texts.Format("WeightRequired"));
            }
            else if (!catalogue.ByCode.TryGetValue(body.WeightIndicator, out weight))
            {
                Add("weightIndicator", ApiText.Texts.Format("IndicatorNotFound", body.WeightIndicator));
            }
            else if (weight.Aggregation != AggregationRule.Sum || weight.PeriodType != periodType || weight.Code == indicator.Code)
            {
                Add("weightIndicator", CatalogueText.Texts.Format("WeightNotAdditive", weight.Code, periodType));
            }
        }
        else if (!string.IsNullOrWhiteSpace(body.WeightIndicator))
        {
            Add("weightIndicator", CatalogueText.Texts.Format("WeightOnlyWeighted"));
        }

        Condition? condition = null;
        if (aggregation == AggregationRule.CountMeeting)
        {
            if (body.Condition is null)
            {
                Add("condition", CatalogueText.Texts.Format("ConditionRequired"));
            }
            else if (!Condition.TryParseOperator(body.Condition.Operator, out var op))
            {
                Add("condition.operator", CatalogueText.Texts.Format("BadOperator", body.Condition.Operator ?? ""));
            }
            else
            {
                condition = new Condition(op, body.Condition.Value);
            }
        }
        else if (body.Condition is not null)
        {
            Add("condition", CatalogueText.Texts.Format("ConditionOnlyCounting"));
        }

        if (body.Minimum is { } min && body.Maximum is { } max && min > max)
        {
            Add("maximum", CatalogueText.Texts.Format("RangeReversed", min, max));
        }
        int? sourceId = null;
        if (!string.IsNullOrWhiteSpace(body.Source))
        {
            if (sources.TryGetValue(body.Source, out var id))
            {
                sourceId = id;
            }
            else
            {
                Add("source", ApiText.Texts.Format("SourceNotFound", body.Source));
            }
        }
        if (formulaText is not null)
        {
            if (formulaText.Length > 500)
            {
                Add("formula", CatalogueText.Texts.Format("TooLong", 500));
            }
            else if (!Formula.TryParse(formulaText, out var formula, out var error))
            {
                Add("formula", error);
            }
            else
            {
                foreach (var problem in formula.Validate(code => catalogue.ByCode.ContainsKey(code) || code == indicator.Code))
                {
                    Add("formula", problem.Message);
                }
                foreach (var retired in formula.References.Where(c => catalogue.ByCode.GetValueOrDefault(c)?.RetiredOn is not null))
                {
                    Add("formula", CatalogueText.Texts.Format("UsesRetired", retired));
                }
            }
        }
        if (problems.Count > 0)
        {
            return Done(problems);
        }

        var proposed = indicator; // tracked: the caller saves only when no problem is returned
        proposed.NameVi = nameVi;
        proposed.NameEn = nameEn;
        proposed.DefinitionVi = definitionVi;
        proposed.DefinitionEn = definitionEn;
        proposed.UnitOfMeasureVi = unitVi;
        proposed.UnitOfMeasureEn = unitEn;
        proposed.ValueType = valueType;
        proposed.ReportingLevels = levels;
        proposed.PeriodType = periodType;
        proposed.Aggregation = aggregation;
        proposed.WeightIndicatorId = weight?.Id;
        proposed.CountCondition = condition;
        proposed.TimeAggregation = timeAggregation;
        proposed.Direction = direction;
        proposed.Minimum = body.Minimum;
        proposed.Maximum = body.Maximum;
        proposed.SourceId = sourceId;
        proposed.Formula = formulaText;
        proposed.Owner = owner;
        if (!owner.IsDerived())
        {
            proposed.AutoPublish = false;
        }

        // The engine's own checks over the catalogue as it would be: formula period types, cycles through formulas and weights.
        try
        {
            var all = catalogue.All.Where(i => i.Code != indicator.Code).Append(proposed).ToList();
            RollupEngine.CheckCatalogue(EngineIndicator.From(all));
        }
        catch (RuleViolationException e)
        {
            Add(e.Field ?? "formula", e.Message);
            return Done(problems);
        }
        return [];
    }

    private static Dictionary<string, string[]> Done(Dictionary<string, List<string>> problems) =>
        problems.ToDictionary(p => p.Key, p => p.Value.ToArray());
}

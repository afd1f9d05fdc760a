using DxMonitor.Domain;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.ServiceIndex;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Dossiers;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.ServiceIndex;

/// <summary>
/// The index as its readers see it: a ranking, a unit's breakdown and its trend. A unit's scores are read by those who
/// read its dossiers; a ranking lists only such units, each with its rank among all its peers.
/// </summary>
public static class ServiceIndexQueries
{
    public const int MaxTrendMonths = 36;

    public static ServiceRankingResponse Ranking(ServiceIndexData data, DossierAccess access, Period period, UnitLevel level, OrgUnit? within)
    {
        var definition = data.DefinitionFor(period);
        // Communes are ranked among the communes of their province, whether one province or all are listed.
        var ranked = data.PeersOf(level, within?.Id, period).GroupBy(u => level == UnitLevel.Commune ? u.ParentId : null)
            .SelectMany(peers => data.Ranked([.. peers], period)).ToList();
        var rows = ranked.Where(r => access.CanRead(r.Unit)).Select(r => new ServiceRankingRow(
            r.Unit.Code, r.Unit.NameVi, r.Unit.NameEn, r.Score.Score, r.Rank, r.Score.Points, r.Score.Available, r.Score.MissingComponents,
            r.Score.Groups.ToDictionary(g => g.Code, g => g.Points))).ToList();
        var headings = definition.Groups.Select(g => new ServiceGroupHeading(g.Code, g.NameVi, g.NameEn, g.MaxPoints)).ToList();
        return new(period.Code, LevelCode(level), within?.Code, definition.Version, ranked.Count(r => r.Rank is not null), ranked.Count, headings, rows);
    }

    public static ServiceScoreResponse Breakdown(ServiceIndexData data, DossierAccess access, OrgUnit unit, Period period)
    {
        Require(access, unit);
        var ranked = data.Ranked(data.PeersOf(unit.Level, unit.ParentId, period), period);
        var mine = ranked.FirstOrDefault(r => r.Unit.Id == unit.Id);
        var score = mine.Unit is null ? data.Score(unit, period) : mine.Score;
        var definition = data.DefinitionFor(period);
        return new(unit.Code, unit.NameVi, unit.NameEn, LevelCode(unit.Level), period.Code, score.Version, score.Points, score.Available,
            score.Score, mine.Rank, ranked.Count(r => r.Rank is not null), score.MissingComponents,
            [.. score.Groups.Select(g => Group(definition, g))]);
    }

    public static ServiceTrendResponse Trend(ServiceIndexData data, DossierAccess access, OrgUnit unit, Period from, Period to)
    {
        Require(access, unit);
        var months = new List<ServiceTrendPoint>();
        for (var month = Period.Containing(from.Start, PeriodType.Month); month.End <= to.End && months.Count < MaxTrendMonths; month = month.Next())
        {
            var ranked = data.Ranked(data.PeersOf(unit.Level, unit.ParentId, month), month);
            var mine = ranked.FirstOrDefault(r => r.Unit.Id == unit.Id);
            var score = mine.Unit is null ? data.Score(unit, month) : mine.Score;
            months.Add(new(month.Code, score.Version, score.Score, score.Points, score.Available, mine.Rank, ranked.Count(r => r.Rank is not null)));
        }
        return new(unit.Code, unit.NameVi, unit.NameEn, months);
    }

    /// <summary>A level as the API names it: province, ministry, commune.</summary>
    public static string LevelCode(UnitLevel level) => level.ToString().ToLowerInvariant();

    public static UnitLevel ParseLevel(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "province" => UnitLevel.Province,
        "ministry" => UnitLevel.Ministry,
        "commune" => UnitLevel.Commune,
        _ => throw new RuleViolationException(ServiceIndexApiText.Texts.Format("UnknownLevel", text ?? ""), "level"),
    };

    /// <summary>A month, quarter or year the index is computed for; not one that has not begun.</summary>
    public static Period RequireStarted(Period period, TimeProvider clock, string field)
    {
        if (period.Start > VietnamCalendar.Today(clock))
        {
            throw new RuleViolationException(ServiceIndexApiText.Texts.Format("NotStarted", period.Code), field);
        }
        return period;
    }

    /// <summary>A trend's months: the first not after the last, at most <see cref="MaxTrendMonths"/> of them.</summary>
    public static void RequireSpan(Period first, Period last)
    {
        if (first.Start > last.End)
        {
            throw new RuleViolationException(ServiceIndexApiText.Texts.Format("FromAfterTo", first.Code, last.Code), "from");
        }
        if ((last.End.Year - first.Start.Year) * 12 + last.End.Month - first.Start.Month + 1 > MaxTrendMonths)
        {
            throw new RuleViolationException(ServiceIndexApiText.Texts.Format("TrendTooLong", first.Code, last.Code, MaxTrendMonths), "from");
        }
    }

    private static void Require(DossierAccess access, OrgUnit unit)
    {
        if (!access.CanRead(unit))
        {
            throw new DossierAccessDeniedException(unit.Code);
        }
    }

    private static ServiceGroupResponse Group(ServiceIndexDefinition definition, GroupScore group)
    {
        var groupDefinition = definition.Groups.Single(g => g.Code == group.Code);
        return new(group.Code, groupDefinition.NameVi, groupDefinition.NameEn, group.Points, group.MaxPoints, group.Capped,
            [.. group.Components.Select(c =>
            {
                var component = groupDefinition.Components.Single(d => d.Code == c.Code);
                return new ServiceComponentResponse(c.Code, component.NameVi, component.NameEn, c.Measure.ToString(), c.Numerator, c.Denominator,
                    c.Rate, c.FullAt, c.Weight, c.Points, c.Missing);
            })]);
    }
}

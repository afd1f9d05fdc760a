using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Reporting;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>An analyst opens a round: one draft report for every unit of the level valid at the period's end.</summary>
public static class OpenRound
{
    public static async Task<Created<RoundResponse>> Handle(
        NewRound body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!PublicCode.IsValid(body.Code))
        {
            throw new RuleViolationException(PublicCode.Describe("round", body.Code), "code");
        }
        var period = Api.Require.Period(body.Period);
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var indicators = new List<int>();
        foreach (var (code, i) in body.Indicators.Select((c, i) => (c, i)))
        {
            var indicator = catalogue.Require(code, $"indicators[{i}]");
            var problem = indicator.Check(0, null, period, body.Level).FirstOrDefault(p => p.Field is "period" or "unit" or "indicator");
            if (problem is not null)
            {
                throw new RuleViolationException(problem.Message, $"indicators[{i}]");
            }
            if (indicator.Owner != FigureOwner.Reported)
            {
                throw new RuleViolationException(
                    ReportingText.Texts.Format("IndicatorNotReported", indicator.Code, indicator.Owner.InWords()), $"indicators[{i}]");
            }
            indicators.Add(indicator.Id);
        }
        if (await db.Rounds.AnyAsync(r => r.Code == body.Code, ct))
        {
            throw new RuleViolationException(ReportingText.Texts.Format("RoundExists", body.Code), "code");
        }
        await RefuseAskedTwiceAsync(body, period, indicators, catalogue, db, ct);
        var units = await UnitDirectory.LoadAsync(db, ct);
        var round = new ReportingRound
        {
            Code = body.Code,
            TitleVi = body.TitleVi,
            PeriodCode = period.Code,
            Level = body.Level,
            DueOn = body.DueOn,
            IndicatorIds = string.Join(',', indicators.Distinct()),
            OpenedBy = user.Identity?.Name ?? "?",
            OpenedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Rounds.Add(round);
        await db.SaveChangesAsync(ct);
        db.Reports.AddRange(units.All.Where(u => u.Level == body.Level && u.IsValidOn(period.End)).Select(u => new Report { RoundId = round.Id, UnitId = u.Id }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/rounds/{round.Code}", await RoundQueries.DescribeAsync(round, db, ct));
    }

    /// <summary>A figure has one report: an indicator already asked of the level for the period by another round is refused.</summary>
    private static async Task RefuseAskedTwiceAsync(
        NewRound body, Period period, List<int> indicators, IndicatorCatalogue catalogue, DxDbContext db, CancellationToken ct)
    {
        var others = await db.Rounds.AsNoTracking().Where(r => r.PeriodCode == period.Code && r.Level == body.Level).ToListAsync(ct);
        foreach (var other in others)
        {
            var index = indicators.FindIndex(other.Indicators.Contains);
            if (index >= 0)
            {
                var code = catalogue.ById[indicators[index]].Code;
                throw new RuleViolationException(
                    ReportingText.Texts.Format("IndicatorAskedByRound", code, period.Code, other.Code), $"indicators[{index}]");
            }
        }
    }
}

using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Sources;
using DxMonitor.Domain.Targets;
using DxMonitor.Domain.Units;
using DxMonitor.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Seed;

/// <summary>
/// Loads the reference data (units, merger mapping, sources, indicators, targets, the real national figures)
/// into an empty database, in one transaction. A database that already has units is left as it is.
/// </summary>
public static class ReferenceDataSeeder
{
    public static async Task<bool> SeedAsync(DxDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Units.AnyAsync(ct))
        {
            await AddNewIndicatorsAsync(db, ct);
            await AddCommunesAsync(db, ct);
            await AddGroupsAsync(db, ct);
            await MethodologySeeder.SeedAsync(db, clock, ct);
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sources = await SeedSourcesAsync(db, ct);
        var units = await SeedUnitsAsync(db, ct);
        await SeedCommunesAsync(db, units, ct);
        await SeedGroupsAsync(db, units, ct);
        var indicators = await SeedIndicatorsAsync(db, sources, ct);
        await SeedTargetsAsync(db, indicators, sources, ct);
        await SeedValuesAsync(db, indicators, units, sources, clock.GetUtcNow().UtcDateTime, ct);
        await MethodologySeeder.SeedAsync(db, clock, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static async Task<Dictionary<string, SourceDocument>> SeedSourcesAsync(DxDbContext db, CancellationToken ct)
    {
        var seeds = await SeedFiles.ReadAsync<List<SourceSeed>>("sources.json", ct);
        var sources = seeds.ToDictionary(s => s.Code, ToSource);
        db.Sources.AddRange(sources.Values);
        await db.SaveChangesAsync(ct);
        return sources;
    }

    private static SourceDocument ToSource(SourceSeed s) => new()
    {
        Code = s.Code,
        TitleVi = s.TitleVi,
        TitleEn = s.TitleEn,
        Publisher = s.Publisher,
        PublishedOn = s.PublishedOn,
        FileName = s.File,
    };

    /// <summary>
    /// A database seeded by an earlier version gets the indicators added to the catalogue since (and the sources
    /// they cite); what exists already is never changed, since users may have edited it.
    /// </summary>
    private static async Task AddNewIndicatorsAsync(DxDbContext db, CancellationToken ct)
    {
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, ct);
        var seeds = (await SeedFiles.ReadAsync<List<IndicatorSeed>>("indicators.json", ct)).Where(s => !indicators.ContainsKey(s.Code)).ToList();
        if (seeds.Count == 0)
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sources = await db.Sources.ToDictionaryAsync(s => s.Code, ct);
        foreach (var seed in (await SeedFiles.ReadAsync<List<SourceSeed>>("sources.json", ct)).Where(s => !sources.ContainsKey(s.Code)))
        {
            db.Sources.Add(sources[seed.Code] = ToSource(seed));
        }
        foreach (var seed in seeds)
        {
            db.Indicators.Add(indicators[seed.Code] = ToIndicator(seed, sources));
        }
        await db.SaveChangesAsync(ct);
        foreach (var seed in seeds.Where(s => s.WeightIndicator is not null))
        {
            indicators[seed.Code].WeightIndicatorId = indicators[seed.WeightIndicator!].Id; // filtered on non-null
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<Dictionary<string, OrgUnit>> SeedUnitsAsync(DxDbContext db, CancellationToken ct)
    {
        var file = await SeedFiles.ReadAsync<UnitFile>("units.json", ct);
        var units = new Dictionary<string, OrgUnit>();
        // Parents first: the file may list a unit before its parent, so insert level by level.
        foreach (var level in file.Units.GroupBy(u => Enum.Parse<UnitLevel>(u.Level)).OrderBy(g => g.Key))
        {
            foreach (var seed in level)
            {
                units[seed.Code] = new OrgUnit
                {
                    Code = seed.Code,
                    AdminCode = seed.AdminCode,
                    Level = level.Key,
                    NameVi = seed.NameVi,
                    NameEn = seed.NameEn,
                    ParentId = seed.Parent is null ? null : units[seed.Parent].Id,
                    ValidFrom = seed.ValidFrom,
                    ValidTo = seed.ValidTo,
                };
                db.Units.Add(units[seed.Code]);
            }
            await db.SaveChangesAsync(ct);
        }
        db.UnitSuccessions.AddRange(file.Successions.Select(s => new UnitSuccession
        {
            PredecessorId = units[s.Predecessor].Id,
            SuccessorId = units[s.Successor].Id,
            EffectiveOn = s.EffectiveOn,
            Share = s.Share,
        }));
        await db.SaveChangesAsync(ct);
        return units;
    }

    /// <summary>
    /// The communes of 1 July 2025, in one insert batch: every first start and every test database runs this, so it
    /// must stay quick (figures in docs/decisions/027).
    /// </summary>
    private static async Task SeedCommunesAsync(DxDbContext db, Dictionary<string, OrgUnit> units, CancellationToken ct)
    {
        var rows = await CommuneSeed.ReadAsync(ct);
        await BulkUnitInsert.InsertAsync(db, [.. rows.Select(r => CommuneSeed.ToUnit(r, units[r.ProvinceCode].Id))], ct);
    }

    /// <summary>
    /// A database seeded before the communes were reference data gets them, once: only when it has no commune at all,
    /// so communes an administrator has since closed or merged are never brought back.
    /// </summary>
    private static async Task AddCommunesAsync(DxDbContext db, CancellationToken ct)
    {
        if (await db.Units.AnyAsync(u => u.Level == UnitLevel.Commune, ct))
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var provinces = await db.Units.Where(u => u.Level == UnitLevel.Province).ToDictionaryAsync(u => u.Code, ct);
        await SeedCommunesAsync(db, provinces, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task SeedGroupsAsync(DxDbContext db, Dictionary<string, OrgUnit> units, CancellationToken ct)
    {
        var file = await SeedFiles.ReadAsync<UnitFile>("units.json", ct);
        db.UnitGroups.AddRange((file.Groups ?? []).Select(g => new UnitGroup
        {
            Code = g.Code,
            NameVi = g.NameVi,
            NameEn = g.NameEn,
            DescriptionVi = g.DescriptionVi,
            DescriptionEn = g.DescriptionEn,
            Members = [.. g.Members.Select(m => new UnitGroupMember { UnitId = units[m].Id })],
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A database seeded before unit groups existed gets the seeded groups, once: only when it has none.</summary>
    private static async Task AddGroupsAsync(DxDbContext db, CancellationToken ct)
    {
        if (await db.UnitGroups.AnyAsync(ct))
        {
            return;
        }
        await SeedGroupsAsync(db, await db.Units.ToDictionaryAsync(u => u.Code, ct), ct);
    }

    private static async Task<Dictionary<string, Indicator>> SeedIndicatorsAsync(
        DxDbContext db, Dictionary<string, SourceDocument> sources, CancellationToken ct)
    {
        var seeds = await SeedFiles.ReadAsync<List<IndicatorSeed>>("indicators.json", ct);
        var indicators = seeds.ToDictionary(s => s.Code, s => ToIndicator(s, sources));
        db.Indicators.AddRange(indicators.Values);
        await db.SaveChangesAsync(ct);
        foreach (var seed in seeds.Where(s => s.WeightIndicator is not null))
        {
            indicators[seed.Code].WeightIndicatorId = indicators[seed.WeightIndicator!].Id; // filtered on non-null
        }
        await db.SaveChangesAsync(ct);
        return indicators;
    }

    private static Indicator ToIndicator(IndicatorSeed s, Dictionary<string, SourceDocument> sources) => new()
    {
        Code = s.Code,
        NameVi = s.NameVi,
        NameEn = s.NameEn,
        DefinitionVi = s.DefinitionVi,
        DefinitionEn = s.DefinitionEn,
        UnitOfMeasureVi = s.UnitOfMeasureVi,
        UnitOfMeasureEn = s.UnitOfMeasureEn,
        ValueType = Enum.Parse<IndicatorValueType>(s.ValueType),
        ReportingLevels = UnitLevelSets.Of(s.Levels.Select(Enum.Parse<UnitLevel>)),
        PeriodType = Enum.Parse<PeriodType>(s.PeriodType),
        Aggregation = Enum.Parse<AggregationRule>(s.Aggregation),
        CountCondition = s.Condition is { } c && Condition.TryParseOperator(c.Operator, out var op) ? new Condition(op, c.Value) : null,
        TimeAggregation = Enum.Parse<TimeAggregation>(s.TimeAggregation),
        Direction = Enum.Parse<Direction>(s.Direction),
        Minimum = s.Minimum,
        Maximum = s.Maximum,
        SourceId = s.Source is null ? null : sources[s.Source].Id,
        Formula = s.Formula,
        Owner = s.Owner is null ? s.Formula is null ? FigureOwner.Reported : FigureOwner.Formula : Enum.Parse<FigureOwner>(s.Owner),
    };

    private static async Task SeedTargetsAsync(
        DxDbContext db, Dictionary<string, Indicator> indicators, Dictionary<string, SourceDocument> sources, CancellationToken ct)
    {
        var seeds = await SeedFiles.ReadAsync<List<TargetSeed>>("targets.json", ct);
        db.Targets.AddRange(seeds.Select(s => new Target
        {
            IndicatorId = indicators[s.Indicator].Id,
            Scope = Enum.Parse<UnitLevel>(s.Scope),
            Value = s.Value,
            BaselineValue = s.BaselineValue,
            BaselinePeriod = s.BaselinePeriod,
            Deadline = s.Deadline,
            LegalSourceVi = s.LegalSourceVi,
            LegalSourceEn = s.LegalSourceEn,
            SourceId = s.Source is null ? null : sources[s.Source].Id,
        }));
        await db.SaveChangesAsync(ct);
    }

    private static async Task SeedValuesAsync(
        DxDbContext db, Dictionary<string, Indicator> indicators, Dictionary<string, OrgUnit> units,
        Dictionary<string, SourceDocument> sources, DateTime now, CancellationToken ct)
    {
        var seeds = await SeedFiles.ReadAsync<List<ValueSeed>>("national-values.json", ct);
        var values = seeds.Select(s => DataValue.Record(
            indicators[s.Indicator].Id, units[s.Unit].Id, Period.Parse(s.Period),
            new ValueRevision(s.Value, s.Denominator, s.Note, sources[s.Source].Id, SubmittedBy: null), now)).ToList();
        // Every seeded figure was taken from a published report.
        values.ForEach(v => v.Publish(now));
        db.DataValues.AddRange(values);
        await db.SaveChangesAsync(ct);
    }
}

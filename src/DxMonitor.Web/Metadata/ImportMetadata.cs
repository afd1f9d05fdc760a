using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Web.Api;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Methodologies;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Targets;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Metadata;

/// <summary>
/// Imports a metadata package in one transaction through the same rules as the pages and the API (an edit that would
/// break a formula, a target or a published ranking is refused with its reason), then compares the metadata before
/// and after to say what changed. A dry run, or any conflict, rolls everything back; otherwise the running engines of
/// every instance take the new catalogue and methodologies at once.
/// </summary>
public static class ImportMetadata
{
    public sealed record Context(DxDbContext Db, ReportChannel Engines, IAuditContext Audit, TimeProvider Clock);

    public static async Task<MetadataImportReport> ImportAsync(MetadataPackage package, bool dryRun, Context context, CancellationToken ct)
    {
        var db = context.Db;
        var conflicts = new FieldErrors();
        CheckEnvelope(package, conflicts);
        if (conflicts.Count > 0)
        {
            return new(dryRun, false, [], 0, conflicts.ToDictionary());
        }
        var before = await ExportMetadata.BuildAsync(db, context.Clock, ct);
        var run = new Run(context with { Engines = new ReportChannel() }, before, conflicts); // engines hear of it once, after the commit
        MetadataPackage after;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await run.UnitGroupsAsync(package.UnitGroups ?? [], ct);
            await run.IndicatorsAsync(package.Indicators ?? [], ct);
            await run.TargetsAsync(package.Targets ?? [], ct);
            await run.MethodologiesAsync(package.Methodologies ?? [], ct);
            await run.RetirementsAsync(package.Indicators ?? [], ct);
            db.ChangeTracker.Clear();
            after = await ExportMetadata.BuildAsync(db, context.Clock, ct);
            var (changes, unchanged) = MetadataDiff.Compare(before, after, package);
            if (dryRun || conflicts.Count > 0 || changes.Count == 0)
            {
                await transaction.RollbackAsync(ct);
                return new(dryRun, false, changes, unchanged, conflicts.ToDictionary());
            }
            db.RecordChanges.Add(new RecordChange
            {
                Subject = "metadata",
                Action = "Imported",
                NewValues = JsonSerializer.Serialize(changes, AuditJson.Options),
                ChangedBy = context.Audit.ActorName,
                ChangedAt = context.Clock.GetUtcNow().UtcDateTime,
                ClientAddress = context.Audit.ClientAddress,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            await context.Engines.PostAsync([ValuesChanged.CatalogueChanged, ValuesChanged.MethodologiesChanged], CancellationToken.None);
            return new(dryRun, true, changes, unchanged, conflicts.ToDictionary());
        }
    }

    private static void CheckEnvelope(MetadataPackage package, FieldErrors conflicts)
    {
        if (package.Format != MetadataPackage.FormatName)
        {
            conflicts.Add("format", MetadataText.Texts.Format("NotAPackage", package.Format ?? "", MetadataPackage.FormatName));
        }
        else if (package.FormatVersion is < 1 or > MetadataPackage.CurrentVersion)
        {
            conflicts.Add("formatVersion", MetadataText.Texts.Format("NewerFormat", package.FormatVersion, MetadataPackage.CurrentVersion));
        }
        void Twice<T>(string section, IReadOnlyList<T>? items, Func<T, string> key)
        {
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                if (items![i] is null or PackagedIndicator { Indicator: null } or PackagedTarget { Target: null } or PackagedMethodology { Methodology: null })
                {
                    conflicts.Add($"{section}[{i}]", MetadataText.Texts.Format("EmptyItem"));
                }
            }
            if (conflicts.Count > 0)
            {
                return;
            }
            foreach (var duplicate in (items ?? []).GroupBy(key).Where(g => g.Count() > 1))
            {
                conflicts.Add($"{section}[{duplicate.Key}]", MetadataText.Texts.Format("NamedTwice", duplicate.Count()));
            }
        }
        Twice("unitGroups", package.UnitGroups, g => g.Code ?? "");
        Twice("indicators", package.Indicators, i => i.Key);
        Twice("targets", package.Targets, t => t.Key);
        Twice("methodologies", package.Methodologies, m => m.Key);
    }

    /// <summary>One import's steps over one transaction; a refused item's pending edits are dropped so the next starts clean.</summary>
    private sealed class Run(Context context, MetadataPackage before, FieldErrors conflicts)
    {
        private DxDbContext Db => context.Db;

        private string By => context.Audit.ActorName;

        public async Task UnitGroupsAsync(IReadOnlyList<UnitGroupRequest> groups, CancellationToken ct)
        {
            var existing = (before.UnitGroups ?? []).ToDictionary(g => g.Code ?? "", StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var key = $"unitGroups[{group.Code}]";
                if (existing.TryGetValue(group.Code ?? "", out var local) && SameGroup(local, group))
                {
                    continue;
                }
                await StepAsync(key, async () => local is null
                    ? await UnitGroupsApi.Create(group, Db, context.Audit, context.Clock, ct)
                    : (await UnitGroupsApi.Update(local.Code!, group, Db, context.Audit, context.Clock, ct)).Result);
            }
        }

        public async Task IndicatorsAsync(IReadOnlyList<PackagedIndicator> indicators, CancellationToken ct)
        {
            var existing = (before.Indicators ?? []).ToDictionary(i => i.Key, StringComparer.Ordinal);
            foreach (var item in PackagedIndicator.InputsFirst(indicators))
            {
                var key = $"indicators[{item.Key}]";
                var local = existing.GetValueOrDefault(item.Key);
                if (local?.RetiredOn is not null && item.RetiredOn is null)
                {
                    conflicts.Add($"{key}.retiredOn", MetadataText.Texts.Format("RetiredHere", item.Key));
                    continue;
                }
                var saved = await StepAsync(key, async () => local is null
                    ? (await ManageIndicators.CreateAsync(item.Indicator, Db, context.Engines, ct)).Result
                    : (await ManageIndicators.UpdateAsync(item.Key, item.Indicator, Db, context.Engines, ct)).Result);
                if (saved && item.AutoPublish != (local?.AutoPublish ?? false))
                {
                    await StepAsync(key, async () => (await IndicatorsApi.SetAutoPublish(item.Key, new AutoPublishRequest(item.AutoPublish), Db, ct)).Result);
                }
            }
        }

        public async Task TargetsAsync(IReadOnlyList<PackagedTarget> targets, CancellationToken ct)
        {
            var local = await TargetIdsAsync(ct);
            var existing = (before.Targets ?? []).GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var item in targets)
            {
                var key = $"targets[{item.Key}]";
                var was = existing.GetValueOrDefault(item.Key);
                if (was?.RetiredOn is not null && item.RetiredOn is null)
                {
                    conflicts.Add($"{key}.retiredOn", MetadataText.Texts.Format("TargetRetiredHere"));
                    continue;
                }
                int? id = local.TryGetValue(item.Key, out var found) ? found : null;
                var saved = await StepAsync(key, async () =>
                {
                    if (id is { } known)
                    {
                        return was is not null && was.Target == item.Target ? null : (await ManageTargets.UpdateAsync(known, item.Target, Db, context.Engines, ct)).Result;
                    }
                    var created = (await ManageTargets.CreateAsync(item.Target, Db, context.Engines, ct)).Result;
                    id = (created as Created<TargetResponse>)?.Value?.Id;
                    return created;
                });
                if (saved && item.RetiredOn is not null && was?.RetiredOn is null && id is { } retire)
                {
                    await StepAsync(key, async () => (await ManageTargets.RetireAsync(retire, Db, context.Engines, context.Clock, ct)).Result);
                }
            }
        }

        public async Task MethodologiesAsync(IReadOnlyList<PackagedMethodology> methodologies, CancellationToken ct)
        {
            var existing = (before.Methodologies ?? []).ToDictionary(m => m.Key, StringComparer.Ordinal);
            foreach (var year in methodologies.GroupBy(m => (m.Index, m.Year)))
            {
                foreach (var item in year.OrderBy(m => m.Version))
                {
                    await StepAsync($"methodologies[{item.Key}]", () => SaveMethodologyAsync(item, existing.GetValueOrDefault(item.Key), ct));
                }
                if (year.FirstOrDefault(m => m.Status == MethodologyStatus.Adopted) is { } adopted)
                {
                    await StepAsync($"methodologies[{adopted.Key}].status", () => OutcomeAsync(
                        AdoptMethodology.AdoptAsync(Db, context.Engines, adopted.Index, adopted.Year, adopted.Version, By, context.Clock, ct)));
                }
                foreach (var item in year.Where(m => m.Status == MethodologyStatus.Superseded))
                {
                    if (await MethodologyQueries.FindAsync(Db, item.Index, item.Year, item.Version, ct) is { Status: MethodologyStatus.Draft } draft
                        && !existing.ContainsKey(item.Key))
                    {
                        draft.Supersede();
                        await Db.SaveChangesAsync(ct);
                    }
                }
                foreach (var item in year)
                {
                    var now = await MethodologyQueries.FindAsync(Db, item.Index, item.Year, item.Version, ct);
                    if (now is not null && now.Status != item.Status)
                    {
                        conflicts.Add($"methodologies[{item.Key}].status", MetadataText.Texts.Format("StatusDiffers", Status(now.Status), Status(item.Status)));
                    }
                }
            }
        }

        public async Task RetirementsAsync(IReadOnlyList<PackagedIndicator> indicators, CancellationToken ct)
        {
            var existing = (before.Indicators ?? []).ToDictionary(i => i.Key, StringComparer.Ordinal);
            foreach (var item in indicators.Where(i => i.RetiredOn is not null && existing.GetValueOrDefault(i.Key)?.RetiredOn is null))
            {
                await StepAsync($"indicators[{item.Key}]", async () => (await ManageIndicators.RetireAsync(item.Key, Db, context.Engines, context.Clock, ct)).Result);
            }
        }

        private async Task<IResult?> SaveMethodologyAsync(PackagedMethodology item, PackagedMethodology? local, CancellationToken ct)
        {
            if (local is not null)
            {
                return Same(local, item) ? null
                    : local.PeerLevel != item.PeerLevel
                        ? Problem("peerLevel", MetadataText.Texts.Format("PeerLevelFixed", local.PeerLevel))
                        : await OutcomeAsync(EditMethodology.SaveAsync(Db, context.Engines, item.Index, item.Year, item.Version, item.Methodology, By, context.Clock, ct));
            }
            var definition = item.Methodology.ToDefinition(item.Index, item.PeerLevel);
            var errors = await MethodologyChecks.CheckAsync(Db, definition, ct);
            if (errors.Count > 0)
            {
                return errors.ToProblem(MethodologyText.Texts.Format("InvalidTitle"));
            }
            Db.IndexMethodologies.Add(IndexMethodology.Create(definition, item.Year, item.Version, By, context.Clock.GetUtcNow().UtcDateTime, item.Methodology.Source?.Trim()));
            await Db.SaveChangesAsync(ct);
            return null;
        }

        private static async Task<IResult?> OutcomeAsync(Task<MethodologyOutcome> pending) => await pending switch
        {
            { Saved: not null } => null,
            { Errors: { } errors } => errors.ToProblem(MethodologyText.Texts.Format("InvalidTitle")),
            { Refused: { } reason } => Problem("", reason),
            _ => Problem("", MetadataText.Texts.Format("MethodologyMissing")),
        };

        /// <summary>Runs one item's change; a refusal is recorded under <paramref name="key"/> and its pending edits dropped. True when it went through.</summary>
        private async Task<bool> StepAsync(string key, Func<Task<IResult?>> step)
        {
            try
            {
                if (await step() is ProblemHttpResult { ProblemDetails: var problem })
                {
                    if (problem is HttpValidationProblemDetails { Errors.Count: > 0 } invalid)
                    {
                        foreach (var (field, messages) in invalid.Errors)
                        {
                            Array.ForEach(messages, m => conflicts.Add(field.Length == 0 ? key : $"{key}.{field}", m));
                        }
                    }
                    else
                    {
                        conflicts.Add(key, problem.Detail ?? problem.Title ?? "");
                    }
                    Db.ChangeTracker.Clear();
                    return false;
                }
                return true;
            }
            catch (RuleViolationException e)
            {
                conflicts.Add(string.IsNullOrEmpty(e.Field) ? key : $"{key}.{e.Field}", e.Message);
                Db.ChangeTracker.Clear();
                return false;
            }
            catch (DbUpdateException e)
            {
                conflicts.Add(key, MetadataText.Texts.Format("NotStored", e.InnerException?.Message ?? e.Message));
                Db.ChangeTracker.Clear();
                return false;
            }
        }

        private async Task<Dictionary<string, int>> TargetIdsAsync(CancellationToken ct)
        {
            var codes = await Db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Code, ct);
            var targets = await Db.Targets.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);
            return targets.GroupBy(t => PackagedTarget.TargetKey(codes[t.IndicatorId], t.Scope.ToString(), t.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
                .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        }

        private static bool Same(PackagedMethodology local, PackagedMethodology package) =>
            local.PeerLevel == package.PeerLevel && local.Methodology.Source == package.Methodology.Source?.Trim()
            && MethodologyJson.Hash(local.Methodology.ToDefinition(local.Index, local.PeerLevel)) == MethodologyJson.Hash(package.Methodology.ToDefinition(package.Index, package.PeerLevel));

        private static bool SameGroup(UnitGroupRequest local, UnitGroupRequest package) =>
            local.NameVi == package.NameVi?.Trim() && local.NameEn == package.NameEn?.Trim()
            && local.DescriptionVi == Blank(package.DescriptionVi) && local.DescriptionEn == Blank(package.DescriptionEn)
            && (local.Members ?? []).Order(StringComparer.Ordinal).SequenceEqual((package.Members ?? []).Select(m => m?.Trim() ?? "").Order(StringComparer.Ordinal));

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        private static string Status(MethodologyStatus status) => MethodologyText.Texts.Format($"Status_{status}");

        private static ProblemHttpResult Problem(string field, string message) =>
            TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] }) { Status = StatusCodes.Status422UnprocessableEntity });
    }
}

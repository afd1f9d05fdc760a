using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Values;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Units;
using DxMonitor.Web.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Audit;

/// <summary>
/// The audit trail: changes to reported values (national users see all; a unit officer its own units) and
/// changes to users and tokens (administrators only).
/// </summary>
public static class AuditApi
{
    public static void MapAudit(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/values", Values).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Changes to reported values, newest first, filtered by unit, indicator, user and dates.");
        group.MapGet("/values/export.{format}", ExportValues).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("The same changes as a file, export.csv (UTF-8 with BOM) or export.xlsx, up to 100,000 rows.");
        group.MapGet("/accounts", Accounts).RequireAuthorization(UsersApi.Administer)
            .WithSummary("Changes to users and API tokens, newest first.");
    }

    /// <param name="unit">Unit code (its descendants' changes included).</param>
    /// <param name="indicator">Indicator code.</param>
    /// <param name="user">Who made the change.</param>
    /// <param name="from">First day (yyyy-MM-dd, UTC).</param>
    /// <param name="to">Last day (yyyy-MM-dd, UTC).</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    /// <param name="sort">changedAt, user, unit, period or kind, '-' before for descending (default -changedAt: newest first).</param>
    internal static async Task<Ok<Paged<ValueAuditEntry>>> Values(
        string? unit, string? indicator, string? user, DateOnly? from, DateOnly? to, int? page, int? pageSize, string? sort,
        ClaimsPrincipal principal, DxDbContext db, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var (query, toEntry) = await FilteredAsync(unit, indicator, user, from, to, principal, db, ct);
        var total = await query.CountAsync(ct);
        var changes = await Sorted(query, sort).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new Paged<ValueAuditEntry>([.. changes.Select(toEntry)], paging.Page, paging.PageSize, total));
    }

    public static readonly string[] SortKeys = ["changedAt", "user", "unit", "period", "kind"];

    /// <summary>The changes in the order asked for, sorted by the database; ties newest first.</summary>
    private static IQueryable<DataValueChange> Sorted(IOrderedQueryable<DataValueChange> newestFirst, string? sort)
    {
        var order = Layout.TableSort.Parse(sort, new Layout.TableSort("changedAt", true), SortKeys);
        if (sort is { Length: > 0 } && order.Code != sort.Trim())
        {
            throw new Domain.RuleViolationException(Resources.ApiText.Texts.Format("UnknownSort", sort, string.Join(", ", SortKeys)), "sort");
        }
        IQueryable<DataValueChange> query = newestFirst;
        return order.Key switch
        {
            "user" => order.Descending ? query.OrderByDescending(c => c.ChangedBy).ThenByDescending(c => c.Id) : query.OrderBy(c => c.ChangedBy).ThenByDescending(c => c.Id),
            "unit" => order.Descending ? query.OrderByDescending(c => c.UnitId).ThenByDescending(c => c.Id) : query.OrderBy(c => c.UnitId).ThenByDescending(c => c.Id),
            "period" => order.Descending ? query.OrderByDescending(c => c.PeriodCode).ThenByDescending(c => c.Id) : query.OrderBy(c => c.PeriodCode).ThenByDescending(c => c.Id),
            "kind" => order.Descending ? query.OrderByDescending(c => c.Kind).ThenByDescending(c => c.Id) : query.OrderBy(c => c.Kind).ThenByDescending(c => c.Id),
            _ => order.Descending ? newestFirst : query.OrderBy(c => c.Id),
        };
    }

    /// <summary>
    /// The changes visible to the principal (national: all; officer: its units), newest first, filtered in the
    /// database, and how to show one.
    /// </summary>
    private static async Task<(IOrderedQueryable<DataValueChange> Query, Func<DataValueChange, ValueAuditEntry> ToEntry)> FilteredAsync(
        string? unit, string? indicator, string? user, DateOnly? from, DateOnly? to, ClaimsPrincipal principal, DxDbContext db, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var actor = principal.ToActor();
        List<int>? visible = actor.IsNational ? null : [.. units.All.Where(u => actor.CanWriteFor(u.Id, units.AncestorIds(u))).Select(u => u.Id)];
        if (unit is not null)
        {
            var subtree = units.SubtreeIds(units.Require(unit, "unit"));
            visible = [.. visible?.Where(subtree.Contains) ?? subtree];
        }
        int? indicatorId = indicator is null ? null : catalogue.Require(indicator, "indicator").Id;
        var start = from?.ToDateTime(TimeOnly.MinValue);
        var end = to?.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var query = db.DataValueChanges.AsNoTracking()
            .Where(c => (indicatorId == null || c.IndicatorId == indicatorId) && (user == null || c.ChangedBy == user)
                && (start == null || c.ChangedAt >= start) && (end == null || c.ChangedAt < end)
                && (visible == null || visible.Contains(c.UnitId)))
            .OrderByDescending(c => c.Id);
        return (query, c => new ValueAuditEntry(
            c.Id, catalogue.ById[c.IndicatorId].Code, units.ById[c.UnitId].Code, c.PeriodCode, c.Kind.ToString(), c.OldValue, c.NewValue,
            c.OldDenominator, c.NewDenominator, c.Comment, c.ChangedBy, c.ChangedAt, c.ClientAddress));
    }

    internal static async Task<FileContentHttpResult> ExportValues(string format,
        string? unit, string? indicator, string? user, DateOnly? from, DateOnly? to, ClaimsPrincipal principal, DxDbContext db, CancellationToken ct)
    {
        var (query, toEntry) = await FilteredAsync(unit, indicator, user, from, to, principal, db, ct);
        var entries = (await query.Take(100_000).ToListAsync(ct)).Select(toEntry);
        return ImportExport.TableExport.File(format, "nhat-ky-so-lieu",
            ["Thời điểm (UTC)", "Người thay đổi", "Mã đơn vị", "Chỉ tiêu", "Kỳ", "Loại", "Giá trị cũ", "Giá trị mới", "Giải trình", "Địa chỉ"],
            entries.Select(e => (IReadOnlyList<object?>)[e.ChangedAt, e.ChangedBy, e.Unit,
                e.Indicator, e.Period, e.Kind, e.OldValue, e.NewValue, e.Comment, e.ClientAddress]));
    }

    /// <param name="user">The user changed.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Ok<Paged<AccountAuditEntry>>> Accounts(string? user, int? page, int? pageSize, DxDbContext db, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var query = db.AccountChanges.AsNoTracking().Where(c => user == null || c.Subject == user).OrderByDescending(c => c.Id);
        var changes = await query.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new Paged<AccountAuditEntry>(
            [.. changes.Select(c => new AccountAuditEntry(c.Id, c.Subject, c.Action, c.OldValue, c.NewValue, c.ChangedBy, c.ChangedAt, c.ClientAddress))],
            paging.Page, paging.PageSize, await query.CountAsync(ct)));
    }
}

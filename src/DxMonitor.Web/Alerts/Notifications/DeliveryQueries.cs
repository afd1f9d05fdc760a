using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Layout;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>Reads of the notification outbox shared by the API and the administrators' page.</summary>
public static class DeliveryQueries
{
    /// <summary>Deliveries in one state (all when none is given), newest first.</summary>
    public static readonly TableSort Newest = new("created", true);

    public static readonly string[] SortKeys = ["created", "status", "tries", "lastTry", "nextTry"];

    /// <param name="sort">The order (<see cref="SortKeys"/>, '-' for descending), sorted by the database before paging; ties newest first.</param>
    public static async Task<Paged<DeliveryResponse>> ListAsync(DxDbContext db, DeliveryState? state, PageRequest paging, CancellationToken ct, TableSort? sort = null)
    {
        var query = db.NotificationDeliveries.AsNoTracking().Where(d => state == null || d.State == state);
        var total = await query.CountAsync(ct);
        var order = sort ?? Newest;
        var ordered = order.Key switch
        {
            "status" => order.Descending ? query.OrderByDescending(d => d.State) : query.OrderBy(d => d.State),
            "tries" => order.Descending ? query.OrderByDescending(d => d.Attempts) : query.OrderBy(d => d.Attempts),
            "lastTry" => order.Descending ? query.OrderByDescending(d => d.LastAttemptAt) : query.OrderBy(d => d.LastAttemptAt),
            "nextTry" => order.Descending ? query.OrderByDescending(d => d.NextAttemptAt) : query.OrderBy(d => d.NextAttemptAt),
            _ => order.Descending ? query.OrderByDescending(d => d.Id) : query.OrderBy(d => d.Id),
        };
        var rows = await ordered.ThenByDescending(d => d.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Join(db.Alerts, d => d.AlertId, a => a.Id, (d, a) => new { Delivery = d, a.Fingerprint })
            .ToListAsync(ct);
        return new Paged<DeliveryResponse>([.. rows.Select(r => ToResponse(r.Delivery, r.Fingerprint))], paging.Page, paging.PageSize, total);
    }

    /// <summary>How many deliveries are in each state.</summary>
    public static async Task<Dictionary<DeliveryState, int>> CountsAsync(DxDbContext db, CancellationToken ct) =>
        await db.NotificationDeliveries.GroupBy(d => d.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public static DeliveryResponse ToResponse(NotificationDelivery d, string fingerprint) => new(
        d.Id, d.DeliveryId, d.AlertId, fingerprint, d.Transition, d.Channel, Redacted(d.Channel, d.Target), d.State, d.Rounds, d.Attempts,
        d.CreatedAt, d.State == DeliveryState.Pending ? d.NextAttemptAt : null, d.LastAttemptAt, d.DeliveredAt, d.LastError);

    /// <summary>A target as logs show it: the mailbox's domain, or the URL's scheme, host and port (paths often hold tokens).</summary>
    public static string Redacted(string channel, string target) =>
        channel == "email" ? "*@" + target[(target.LastIndexOf('@') + 1)..].TrimEnd('>')
        : Uri.TryCreate(target, UriKind.Absolute, out var url) ? url.GetLeftPart(UriPartial.Authority) : "?";
}

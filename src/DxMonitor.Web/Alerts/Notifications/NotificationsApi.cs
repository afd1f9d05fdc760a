using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// The notification outbox for administrators: what is waiting, delivered or failed, and sending one again.
/// </summary>
public static class NotificationsApi
{
    public static void MapNotifications(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(UsersApi.Administer);
        group.MapGet("/deliveries", List).WithSummary("Notification deliveries, newest first, optionally in one state.");
        group.MapPost("/deliveries/{id:long}/retry", RetryDelivery.Handle)
            .WithSummary("Sends a failed or waiting delivery again now, with a fresh retry allowance (a delivered one is refused).");
    }

    /// <param name="state">Pending, Delivered or Failed; default all.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Ok<Paged<DeliveryResponse>>> List(string? state, int? page, int? pageSize, DxDbContext db, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var filter = Require.Enum<DeliveryState>(state, "state");
        return TypedResults.Ok(await DeliveryQueries.ListAsync(db, filter, paging, ct));
    }
}

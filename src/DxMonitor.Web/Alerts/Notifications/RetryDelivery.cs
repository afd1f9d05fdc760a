using DxMonitor.Data;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>An administrator sends a failed or waiting delivery again now, with a fresh retry allowance; a delivered one is refused.</summary>
public static class RetryDelivery
{
    public static async Task<Results<Ok<DeliveryResponse>, ProblemHttpResult>> Handle(
        long id, DxDbContext db, NotificationSender sender, TimeProvider clock, CancellationToken ct)
    {
        var delivery = await db.NotificationDeliveries.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (delivery is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("UnknownDeliveryTitle"),
                detail: ApiText.Texts.Format("DeliveryNotFound", id));
        }
        delivery.RetryNow(clock.GetUtcNow().UtcDateTime); // a delivered one: RuleViolation, answered 422
        await db.SaveChangesAsync(ct);
        sender.Wake();
        var fingerprint = await db.Alerts.Where(a => a.Id == delivery.AlertId).Select(a => a.Fingerprint).SingleAsync(ct);
        return TypedResults.Ok(DeliveryQueries.ToResponse(delivery, fingerprint));
    }
}

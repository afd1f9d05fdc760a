using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static DxMonitor.Web.Tests.Alerts.Notifications.OutboxSettings;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

public sealed class DeliveriesPageTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task An_administrator_sees_a_refused_delivery_and_sends_it_again_from_the_page()
    {
        await using var receiver = await WebhookReceiver.StartAsync(400);
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, For(receiver));
        await MissDeadlineAsync(app.Client(await app.TokenForAsync(Domain.Access.Role.NationalAnalyst)), "P40");
        var failed = await Eventually.MatchAsync(() => app.QueryAsync(db => db.NotificationDeliveries.AsNoTracking().Where(d => d.State == DeliveryState.Failed).ToListAsync()),
            rows => rows.Count > 0, "a refused delivery");
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fadmin%2Fnotifications%3Fstate%3DFailed"), "admin", TestApp.AdminPassword, errors);
        var listed = await page.Locator("table").InnerTextAsync();
        var axe = await page.RunAxeAsync();
        receiver.Answering = 204;
        await page.GetByRole(AriaRole.Button, new() { Name = $"Gửi lại lượt {failed[0].Id}" }).ClickAsync();
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        await Eventually.MatchAsync(() => app.QueryAsync(db => db.NotificationDeliveries.Where(d => d.Id == failed[0].Id).Select(d => d.State).SingleAsync()),
            state => state == DeliveryState.Delivered, "the delivery sent again");
        await page.GotoAsync(new Uri(app.Address, "/admin/notifications?state=Delivered&culture=en-US").ToString(), Navigation.Goto);
        var english = await page.Locator("main").InnerTextAsync();

        Assert.Contains("Không gửi được", listed, StringComparison.Ordinal);
        Assert.Contains("Phát cảnh báo", listed, StringComparison.Ordinal);
        Assert.Contains($"{receiver.Url.GetLeftPart(UriPartial.Authority)} answered 400 Bad Request", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("T0KEN", listed, StringComparison.Ordinal);
        Assert.Empty(axe.Violations.Select(v => v.Id));
        Assert.Contains($"Lượt gửi {failed[0].Id} sẽ được gửi lại ngay.", notice, StringComparison.Ordinal);
        Assert.Contains("Delivered (1)", english, StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}

using DxMonitor.Data;
using DxMonitor.Web.Alerts.Notifications;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

public sealed class NotificationSetupTests
{
    [Fact]
    public async Task The_web_app_registers_the_notification_channels_with_their_defaults()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);

        Assert.IsType<AlertNotifier>(app.Services.GetRequiredService<IAlertNotifier>());
        Assert.NotNull(app.Services.GetRequiredService<NotificationDispatcher>());
        Assert.NotNull(app.Services.GetRequiredService<NotificationSender>());
        var smtp = app.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.Equal(("localhost", 25, false, null), (smtp.Host, smtp.Port, smtp.UseStartTls, smtp.UserName));
        var webhook = app.Services.GetRequiredService<IOptions<WebhookOptions>>().Value;
        Assert.Equal((3, TimeSpan.FromSeconds(1)), (webhook.MaxRetries, webhook.FirstRetryDelay));
    }

    [Theory]
    [InlineData("Notifications:Smtp:From", "not an address")]
    [InlineData("Notifications:Smtp:Port", "0")]
    [InlineData("Notifications:Webhook:MaxRetries", "-1")]
    [InlineData("Notifications:MaxConcurrency", "0")]
    public async Task Invalid_settings_stop_the_start(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => NotificationHost.StartAsync(settings: (key, value)));

        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }
}

using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DxMonitor.Web.Alerts.Notifications;

public static class NotificationSetup
{
    /// <summary>
    /// Registers the e-mail and webhook channels, <see cref="IAlertNotifier"/> and <see cref="NotificationDispatcher"/>,
    /// with options from "Notifications", "Notifications:Smtp" and "Notifications:Webhook", checked at start-up.
    /// </summary>
    public static void AddAlertNotifications(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(WebhookNotifier.HttpClientName, client =>
            {
                // Each attempt has its own timeout (Notifications:Webhook:AttemptTimeout).
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("DxMonitor", "1.0"));
            })
            // A redirect would resend the signed body elsewhere, or turn the POST into a GET.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The default request logs print the URL, and webhook URLs often carry a token in their path.
            .RemoveAllLoggers();

        services.AddSingleton<EmailNotifier>();
        services.AddSingleton<WebhookNotifier>();
        services.AddSingleton<IAlertNotifier, AlertNotifier>();
        services.AddSingleton<NotificationDispatcher>();
    }
}

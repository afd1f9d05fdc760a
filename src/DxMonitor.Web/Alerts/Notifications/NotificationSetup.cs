using System.Net.Http.Headers;
using DxMonitor.Web.Leases;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

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

        services.AddTransient<WebhookSigningHandler>();
        services.AddHttpClient(WebhookNotifier.HttpClientName, client =>
            {
                // The resilience pipeline times each attempt out (Notifications:Webhook:AttemptTimeout).
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("DxMonitor", "1.0"));
            })
            // A redirect would resend the signed body elsewhere, or turn the POST into a GET.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The default request logs print the URL, and webhook URLs often carry a token in their path.
            .RemoveAllLoggers()
            .AddResilienceHandler("webhook", (pipeline, context) => WebhookResilience.Configure(pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<WebhookOptions>>().Value, context.ServiceProvider.GetRequiredService<TimeProvider>()));
        // After the resilience handler, so that every attempt is signed afresh.
        services.AddHttpClient(WebhookNotifier.HttpClientName).AddHttpMessageHandler<WebhookSigningHandler>();

        services.AddSingleton<EmailNotifier>();
        services.AddSingleton<WebhookNotifier>();
        services.AddSingleton<IAlertNotifier, AlertNotifier>();
        services.AddSingleton<NotificationDispatcher>();
    }

    /// <summary>
    /// The outbox's <see cref="NotificationSender"/> (a background service under a lease) and its options
    /// ("Notifications:Outbox"); needs the database and <see cref="LeasesSetup.AddLeases"/>.
    /// </summary>
    public static void AddNotificationOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<NotificationSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NotificationSender>());
    }
}

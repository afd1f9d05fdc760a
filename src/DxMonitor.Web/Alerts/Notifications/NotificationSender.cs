using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Leases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// Delivers the outbox: on one instance at a time (lease <see cref="LeaseNames.NotificationSender"/>), every
/// <see cref="OutboxOptions.PollInterval"/> or when woken, it claims the deliveries due, sends them through
/// <see cref="NotificationDispatcher"/> and records each outcome: delivered; pending again at the next round's time
/// (backoff with jitter, or the receiver's Retry-After); or failed, when refused for good or after
/// <see cref="OutboxOptions.GiveUpAfter"/>. A claim names its sender, so two senders never take the same delivery,
/// and a sender that dies mid-round leaves its claims to expire after <see cref="OutboxOptions.ClaimFor"/>.
/// </summary>
public sealed partial class NotificationSender(
    IServiceScopeFactory scopes, NotificationDispatcher dispatcher, AlertAnnouncer announcer, Leases.Leases leases,
    IOptions<OutboxOptions> options, TimeProvider clock, ILogger<NotificationSender> logger) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a round now (new deliveries were written on this instance).</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        leases.Get(LeaseNames.NotificationSender).RunWhileHeldAsync(SendWhileHeldAsync, stoppingToken);

    private async Task SendWhileHeldAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var taken = 0;
            try
            {
                taken = await SendDueAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogFailed(logger, e);
            }
            if (taken < options.Value.BatchSize)
            {
                await WaitAsync(ct);
            }
        }
    }

    /// <summary>One round: claims the deliveries due, sends them, records the outcomes; returns how many were taken.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.NotificationDeliveries.AsNoTracking()
            .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(settings.BatchSize).Select(d => d.Id)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }
        var claim = Guid.NewGuid();
        await db.NotificationDeliveries
            .Where(d => due.Contains(d.Id) && d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedBy, claim).SetProperty(d => d.NextAttemptAt, now + settings.ClaimFor), ct);
        var rows = await db.NotificationDeliveries.Where(d => d.ClaimedBy == claim).OrderBy(d => d.Id).ToListAsync(ct);

        var outgoing = new List<(NotificationDelivery Row, OutgoingNotification Notification)>();
        foreach (var row in rows)
        {
            if (announcer.Resolve(row.Channel, row.Target) is { } target
                && JsonSerializer.Deserialize<AlertNotification>(row.Payload, WebhookNotifier.Json) is { } notification)
            {
                outgoing.Add((row, new OutgoingNotification(row.DeliveryId, notification, target)));
            }
            else
            {
                row.NotDelivered(0, now, "No subscription has this target any more", retryAt: null);
            }
        }
        var results = await dispatcher.DispatchAsync([.. outgoing.Select(o => o.Notification)], ct);
        var finished = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < outgoing.Count; i++)
        {
            Record(outgoing[i].Row, results[i], finished, settings);
        }
        await db.SaveChangesAsync(ct);
        var counts = rows.CountBy(r => r.State).ToDictionary();
        var (delivered, pending, failed) = (counts.GetValueOrDefault(DeliveryState.Delivered), counts.GetValueOrDefault(DeliveryState.Pending),
            counts.GetValueOrDefault(DeliveryState.Failed));
        LogRound(logger, rows.Count, delivered, pending, failed, watch.ElapsedMilliseconds);
        return rows.Count;
    }

    private static void Record(NotificationDelivery row, DeliveryResult result, DateTime now, OutboxOptions settings)
    {
        if (result.Delivered)
        {
            row.Delivered(result.Attempts, now);
            return;
        }
        var retryAt = now + RetrySchedule.Delay(row.Rounds + 1, result.RetryAfter, settings);
        var reason = result.FailureReason ?? "";
        if (result.Retryable && retryAt <= row.PendingSince + settings.GiveUpAfter)
        {
            row.NotDelivered(result.Attempts, now, reason, retryAt);
        }
        else
        {
            row.NotDelivered(result.Attempts, now, result.Retryable ? $"Gave up after {row.Rounds + 1} rounds: {reason}" : reason, retryAt: null);
        }
    }

    private async Task WaitAsync(CancellationToken ct)
    {
        using var poll = new CancellationTokenSource(options.Value.PollInterval, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, poll.Token);
        try
        {
            await _wake.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification round: {Taken} deliveries taken, {Delivered} delivered, {Pending} to retry, {Failed} failed, in {ElapsedMs} ms")]
    private static partial void LogRound(ILogger logger, int taken, int delivered, int pending, int failed, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification round failed; the next round tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using DxMonitor.Data;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Leases;

/// <summary>
/// This instance's side of one lease: <see cref="RunWhileHeldAsync"/> tries to take it, runs the work while it
/// holds it, renews it every <see cref="LeaseOptions.RenewEvery"/>, and cancels the work once it is lost; work
/// that writes can also <see cref="ConfirmAsync">confirm</see> the lease in its own transaction.
/// </summary>
public sealed partial class BackgroundLease(
    string name, string holder, IServiceScopeFactory scopes, IOptions<LeaseOptions> options, TimeProvider clock, ILogger<BackgroundLease> logger)
{
    private long _heldUntilTicks;

    public string Name { get; } = name;

    /// <summary>True while this instance holds the lease and it has not expired.</summary>
    public bool IsHeld => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _heldUntilTicks);

    /// <summary>
    /// Runs <paramref name="work"/> whenever this instance holds the lease, until <paramref name="stoppingToken"/>
    /// is cancelled; the token given to the work is cancelled when the lease is lost. On stopping, the lease is released.
    /// </summary>
    public async Task RunWhileHeldAsync(Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await TryTakeOrRenewAsync(stoppingToken))
                {
                    LogTaken(logger, Name, holder);
                    await RunHeldAsync(work, stoppingToken);
                }
                await Task.Delay(options.Value.RenewEvery, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await ReleaseAsync();
        }
    }

    /// <summary>
    /// Renews the lease within <paramref name="db"/>'s current transaction if this instance still holds it; false
    /// when it does not (the caller must not commit its work).
    /// </summary>
    public async Task<bool> ConfirmAsync(DxDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.Duration;
        var held = await LeaseStore.ConfirmAsync(db, Name, holder, now, until, ct);
        Interlocked.Exchange(ref _heldUntilTicks, held ? until.Ticks : 0);
        return held;
    }

    private async Task RunHeldAsync(Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var running = Task.Run(() => work(held.Token), CancellationToken.None);
        while (!running.IsCompleted)
        {
            var renewal = Task.Delay(options.Value.RenewEvery, clock, stoppingToken);
            if (await Task.WhenAny(running, renewal) == running || stoppingToken.IsCancellationRequested)
            {
                break;
            }
            if (!await TryTakeOrRenewAsync(stoppingToken) && !IsHeld)
            {
                LogLost(logger, Name, holder);
                await held.CancelAsync();
                break;
            }
        }
        try
        {
            await running;
        }
        catch (OperationCanceledException) when (held.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogWorkFailed(logger, Name, e);
        }
    }

    /// <summary>True when held; a database error leaves the lease as it was (held until its expiry, if it was).</summary>
    private async Task<bool> TryTakeOrRenewAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.Duration;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
            var held = await LeaseStore.TakeOrRenewAsync(db, Name, holder, now, until, ct);
            Interlocked.Exchange(ref _heldUntilTicks, held ? until.Ticks : 0);
            return held;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogUnreachable(logger, Name, e);
            return false;
        }
    }

    private async Task ReleaseAsync()
    {
        if (Interlocked.Exchange(ref _heldUntilTicks, 0) == 0)
        {
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), clock);
            await using var scope = scopes.CreateAsyncScope();
            await LeaseStore.ReleaseAsync(scope.ServiceProvider.GetRequiredService<DxDbContext>(), Name, holder, timeout.Token);
        }
        catch (Exception e)
        {
            // It expires on its own; releasing only lets another instance take over sooner.
            LogUnreachable(logger, Name, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Took the lease {Lease} as {Holder}")]
    private static partial void LogTaken(ILogger logger, string lease, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the lease {Lease} held as {Holder}; its work stops here and goes on where the lease is now held")]
    private static partial void LogLost(ILogger logger, string lease, string holder);

    [LoggerMessage(Level = LogLevel.Error, Message = "The work under the lease {Lease} failed; it starts again at the next renewal")]
    private static partial void LogWorkFailed(ILogger logger, string lease, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take or renew the lease {Lease}")]
    private static partial void LogUnreachable(ILogger logger, string lease, Exception exception);
}

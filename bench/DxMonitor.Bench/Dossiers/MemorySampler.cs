using System.Diagnostics;

namespace DxMonitor.Bench.Dossiers;

/// <summary>Samples this process's working set every 50 ms while it lives and keeps the largest sample.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public MemorySampler()
    {
        _loop = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                process.Refresh();
                _peak = Math.Max(_peak, process.WorkingSet64);
                try
                {
                    await Task.Delay(50, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    public double PeakMegabytes => _peak / (1024.0 * 1024);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}

using System.Globalization;

namespace DxMonitor.PortalBench;

/// <summary>
/// Samples, every 100 ms, the memory of this process and of every process it started (Chromium's browser, renderer, GPU
/// and utility processes), read from /proc, and keeps the largest totals: resident memory summed (RSS, which counts the
/// pages processes share, Chromium's code and shared memory, once per process) and proportional memory summed (PSS,
/// each shared page split among its sharers: the physical memory the batch really takes).
/// </summary>
public sealed class ProcessTreeMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly long _pageBytes = Environment.SystemPageSize;

    public ProcessTreeMemory() => _loop = Task.Run(async () =>
    {
        while (!_stop.IsCancellationRequested)
        {
            var (resident, proportional) = TreeBytes(Environment.ProcessId);
            PeakBytes = Math.Max(PeakBytes, resident);
            PeakProportionalBytes = Math.Max(PeakProportionalBytes, proportional);
            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    });

    public long PeakBytes { get; private set; }

    public double PeakMegabytes => PeakBytes / (1024.0 * 1024);

    public long PeakProportionalBytes { get; private set; }

    public double PeakProportionalMegabytes => PeakProportionalBytes / (1024.0 * 1024);

    private (long Resident, long Proportional) TreeBytes(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Read(Path.Combine(dir, "stat")) is { } stat)
            {
                // The parent id is the second field after the command name, which is in parentheses and may hold spaces.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }
        var (total, proportional) = (0L, 0L);
        foreach (var pid in parents.Keys.Where(p => Descends(p, root, parents)))
        {
            if (Read($"/proc/{pid}/statm") is { } statm && long.TryParse(statm.Split(' ')[1], CultureInfo.InvariantCulture, out var pages))
            {
                total += pages * _pageBytes;
            }
            proportional += Pss(Read($"/proc/{pid}/smaps_rollup"));
        }
        return (total, proportional);
    }

    /// <summary>The "Pss:" line of smaps_rollup, in bytes (0 when the process ended or the file is unreadable).</summary>
    private static long Pss(string? rollup)
    {
        var line = rollup?.Split('\n').FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return long.TryParse(kilobytes, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
    }

    private static bool Descends(int pid, int root, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 32 && pid > 1; depth++)
        {
            if (pid == root)
            {
                return true;
            }
            if (!parents.TryGetValue(pid, out pid))
            {
                return false;
            }
        }
        return false;
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null; // the process ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}

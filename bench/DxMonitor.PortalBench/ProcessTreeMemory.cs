using System.Globalization;

namespace DxMonitor.PortalBench;

/// <summary>
/// Samples, every 100 ms, the resident memory of this process and of every process it started (Chromium's browser,
/// renderer, GPU and utility processes), read from /proc, and keeps the largest total: the memory a batch needs.
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
            PeakBytes = Math.Max(PeakBytes, TreeBytes(Environment.ProcessId));
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

    private long TreeBytes(int root)
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
        var total = 0L;
        foreach (var pid in parents.Keys.Where(p => Descends(p, root, parents)))
        {
            if (Read($"/proc/{pid}/statm") is { } statm && long.TryParse(statm.Split(' ')[1], CultureInfo.InvariantCulture, out var pages))
            {
                total += pages * _pageBytes;
            }
        }
        return total;
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

using System.Globalization;
using Npgsql;

namespace DxMonitor.Bench.Dossiers;

/// <summary>
/// CPU time spent between <see cref="StartAsync"/> and <see cref="Stop"/> by this process (its own threads, and the
/// children it waited for, such as psql) and by the PostgreSQL server (the postmaster, every process it runs, and
/// those that ended meanwhile). Read from Linux's /proc, so that a comparison holds on a machine busy with other
/// work, where wall times do not; zero where /proc is missing.
/// </summary>
public sealed class CpuMeter
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux architecture .NET runs on

    private readonly int _postmaster;
    private readonly Times _start;

    private CpuMeter(int postmaster)
    {
        _postmaster = postmaster;
        _start = Read();
    }

    /// <summary>CPU seconds: this process's threads, the children it waited for, the database server's processes.</summary>
    public readonly record struct Times(double Self, double Children, double Server)
    {
        /// <summary>"client 3.1 µs, server 4.2 µs per row", the client being this process and its children.</summary>
        public string PerRow(long rows, string client = "client") => string.Create(CultureInfo.InvariantCulture,
            $"CPU per row: {client} {(Self + Children) * 1e6 / rows:0.0} µs, server {Server * 1e6 / rows:0.0} µs");
    }

    public static async Task<CpuMeter> StartAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync(ct))!;
        var postmaster = Stat(backend) is { } stat ? int.Parse(stat[1], CultureInfo.InvariantCulture) : 0;
        return new CpuMeter(postmaster);
    }

    public Times Stop()
    {
        var end = Read();
        return new(end.Self - _start.Self, end.Children - _start.Children, end.Server - _start.Server);
    }

    private Times Read()
    {
        var self = Stat("self");
        return self is null ? default : new(Ticks(self, 11, 12), Ticks(self, 13, 14), Server());
    }

    /// <summary>
    /// The postmaster's own time and that of the processes it has reaped (ended backends), then the living ones. A
    /// backend that ended but is not yet reaped, or is reaped between the two reads, would be counted in neither:
    /// the reads are taken again until no child is a zombie and none ended in between.
    /// </summary>
    private double Server()
    {
        if (_postmaster <= 0)
        {
            return 0;
        }
        for (var attempt = 0; ; attempt++)
        {
            var before = Children();
            if (Stat(_postmaster) is not { } postmaster)
            {
                return 0;
            }
            var after = Children();
            var settled = !before.Values.Any(c => c.Zombie) && before.Keys.All(after.ContainsKey);
            if (settled || attempt == 100)
            {
                return Ticks(postmaster, 11, 12, 13, 14) + before.Values.Sum(c => c.Seconds);
            }
            Thread.Sleep(10);
        }
    }

    private Dictionary<int, (double Seconds, bool Zombie)> Children()
    {
        var parent = _postmaster.ToString(CultureInfo.InvariantCulture);
        var children = new Dictionary<int, (double, bool)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Stat(pid) is { } stat && stat[1] == parent)
            {
                children[pid] = (Ticks(stat, 11, 12), stat[0] == "Z");
            }
        }
        return children;
    }

    private static double Ticks(string[] stat, params int[] fields) =>
        fields.Sum(f => double.Parse(stat[f], CultureInfo.InvariantCulture)) / TicksPerSecond;

    private static string[]? Stat(int pid) => Stat(pid.ToString(CultureInfo.InvariantCulture));

    /// <summary>The fields of /proc/PID/stat after the command name (state is [0], the parent [1], utime [11], stime [12], cutime [13], cstime [14]).</summary>
    private static string[]? Stat(string pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

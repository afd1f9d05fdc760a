using System.Globalization;
using System.Text;

namespace DxMonitor.Bench.Dossiers;

/// <summary>
/// Writes sample dossiers (generated, never real) as the CSV a procedure system would send: spread over the
/// given provinces and the year before <c>now</c>, 70% online (60% of those fully), 40% with a fee, a tenth
/// without a due date, about 8% resolved late and some still open past due; with the lifecycle facts the index
/// needs (supplement requests, paused days, national portal, synchronised, digitised input, reused data), each sent
/// by most rows and left empty by some. Deterministic for a seed.
/// </summary>
public static class DossierGenerator
{
    public const string Header = "dossier_id,unit,procedure,channel,online_scope,received_at,due_at,finished_at,status,paid_online,digitised,"
        + "supplements,paused_days,national_portal,synced,digitised_input,reused_data";

    /// <param name="units">The units' codes, taken in turn.</param>
    /// <param name="span">How far before <paramref name="nowUtc"/> dossiers are received (default a year).</param>
    /// <param name="prefix">The first part of every dossier number (another prefix makes new dossiers, the same one resends).</param>
    public static async Task<long> WriteAsync(
        string path, IReadOnlyList<string> units, long rows, DateTime nowUtc, int seed, TimeSpan? span = null, string prefix = "HS")
    {
        var random = new Random(seed);
        var vietnam = TimeSpan.FromHours(7);
        var start = nowUtc - (span ?? nowUtc - nowUtc.AddYears(-1));
        var ticks = (nowUtc - start).Ticks;
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        await using var writer = new StreamWriter(file, new UTF8Encoding(false), 1 << 20);
        await writer.WriteLineAsync(Header);
        var line = new StringBuilder(256);
        for (long i = 0; i < rows; i++)
        {
            var unit = units[(int)(i % units.Count)];
            var received = start.AddTicks((long)(random.NextDouble() * ticks));
            var online = random.NextDouble() < 0.7;
            var full = online && random.NextDouble() < 0.6;
            DateTime? due = random.NextDouble() < 0.1 ? null : received.AddDays(random.Next(1, 16));
            var roll = random.NextDouble();
            var planned = due ?? received.AddDays(5);
            var finished = roll < 0.08 ? planned.AddHours(random.Next(1, 24 * 20)) : received.AddTicks((long)((planned - received).Ticks * random.NextDouble()));
            var status = finished > nowUtc ? (random.NextDouble() < 0.5 ? "processing" : "received")
                : roll > 0.98 ? "withdrawn" : roll > 0.95 ? "rejected" : "finished";
            var closed = status is "finished" or "rejected" or "withdrawn";
            var fee = random.NextDouble() < 0.4;
            line.Clear()
                .Append(prefix).Append('-').Append(unit).Append('-').Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(unit).Append(',')
                .Append("2.00").Append(random.Next(1000, 1200).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(online ? "online," : "in_person,")
                .Append(online ? (full ? "full," : "partial,") : ",")
                .Append(Time(received, vietnam)).Append(',')
                .Append(due is { } d ? Time(d, vietnam) : "").Append(',')
                .Append(closed ? Time(finished, vietnam) : "").Append(',')
                .Append(status).Append(',')
                .Append(fee ? (online && random.NextDouble() < 0.6 ? "true" : "false") : "").Append(',')
                .Append(status == "finished" && random.NextDouble() < 0.5 ? "true" : "false").Append(',')
                .Append(random.NextDouble() < 0.15 ? random.Next(1, 3).ToString(CultureInfo.InvariantCulture) : "0").Append(',')
                .Append(random.NextDouble() < 0.1 ? random.Next(1, 6).ToString(CultureInfo.InvariantCulture) : "").Append(',')
                .Append(Fact(random, online ? 0.8 : 0.1)).Append(',')
                .Append(Fact(random, 0.9)).Append(',')
                .Append(Fact(random, 0.6)).Append(',')
                .Append(Fact(random, 0.3));
            await writer.WriteLineAsync(line);
        }
        await writer.FlushAsync();
        return file.Length;
    }

    /// <summary>"true" with the given chance among the nine rows in ten that send the fact, else "false"; empty for the tenth.</summary>
    private static string Fact(Random random, double yes) => random.NextDouble() < 0.1 ? "" : random.NextDouble() < yes ? "true" : "false";

    private static string Time(DateTime utc, TimeSpan offset) =>
        new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).ToOffset(offset)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

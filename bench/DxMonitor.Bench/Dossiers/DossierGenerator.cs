using System.Globalization;
using System.Text;

namespace DxMonitor.Bench.Dossiers;

/// <summary>
/// Writes sample dossiers (generated, never real) as the CSV a procedure system would send: spread over the
/// given provinces and the year before <c>now</c>, 70% online (60% of those fully), 40% with a fee, a tenth
/// without a due date, about 8% resolved late and some still open past due. Deterministic for a seed.
/// </summary>
public static class DossierGenerator
{
    public const string Header = "dossier_id,unit,procedure,channel,online_scope,received_at,due_at,finished_at,status,paid_online,digitised";

    public static async Task<long> WriteAsync(string path, IReadOnlyList<string> provinces, long rows, DateTime nowUtc, int seed)
    {
        var random = new Random(seed);
        var vietnam = TimeSpan.FromHours(7);
        var start = nowUtc.AddYears(-1);
        var span = (nowUtc - start).Ticks;
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        await using var writer = new StreamWriter(file, new UTF8Encoding(false), 1 << 20);
        await writer.WriteLineAsync(Header);
        var line = new StringBuilder(256);
        for (long i = 0; i < rows; i++)
        {
            var unit = provinces[(int)(i % provinces.Count)];
            var received = start.AddTicks((long)(random.NextDouble() * span));
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
                .Append("HS-").Append(unit).Append('-').Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(unit).Append(',')
                .Append("2.00").Append(random.Next(1000, 1200).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(online ? "online," : "in_person,")
                .Append(online ? (full ? "full," : "partial,") : ",")
                .Append(Time(received, vietnam)).Append(',')
                .Append(due is { } d ? Time(d, vietnam) : "").Append(',')
                .Append(closed ? Time(finished, vietnam) : "").Append(',')
                .Append(status).Append(',')
                .Append(fee ? (online && random.NextDouble() < 0.6 ? "true" : "false") : "").Append(',')
                .Append(status == "finished" && random.NextDouble() < 0.5 ? "true" : "false");
            await writer.WriteLineAsync(line);
        }
        await writer.FlushAsync();
        return file.Length;
    }

    private static string Time(DateTime utc, TimeSpan offset) =>
        new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).ToOffset(offset)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

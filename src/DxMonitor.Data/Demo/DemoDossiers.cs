using DxMonitor.Data.Dossiers;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Data.Demo;

/// <summary>Six months of generated dossiers for each province, with their lifecycle, through the product's own bulk path.</summary>
public static class DemoDossiers
{
    private const int Months = 6;

    public static async Task<long> SeedAsync(DxDbContext db, IReadOnlyList<OrgUnit> provinces, DateTime nowUtc, int perMonth, CancellationToken ct)
    {
        await using var store = await DossierStore.BeginAsync(db, ct);
        long row = 0;
        var firstMonth = DossierMonth.StartUtc(DossierMonth.Of(nowUtc)).AddMonths(-Months);
        var touched = new Dictionary<int, int>();
        foreach (var province in provinces)
        {
            var random = new Random(DemoValues.StableSeed(province.Code));
            var skill = 0.75 + random.NextDouble() * 0.23;
            for (var i = 0; i < Months * perMonth; i++)
            {
                var received = firstMonth.AddHours(random.Next(0, Months * 30 * 24));
                if (received > nowUtc.AddDays(-10))
                {
                    continue;
                }
                var online = random.NextDouble() < skill;
                var due = received.AddDays(random.Next(3, 15));
                var finished = received.AddDays(random.Next(1, 16) * (random.NextDouble() < skill ? 0.7 : 1.3));
                var open = finished > nowUtc || random.NextDouble() < 0.05;
                var fee = random.NextDouble() < 0.4;
                var dossier = Dossier.Create($"DEMO-{province.Code}-{i:D5}", $"1.{random.Next(1, 40):D6}", online ? DossierChannel.Online : DossierChannel.InPerson,
                    online ? (random.NextDouble() < skill ? OnlineScope.Full : OnlineScope.Partial) : null, received, due, open ? null : finished,
                    open ? DossierStatus.Processing : DossierStatus.Finished, fee ? random.NextDouble() < skill : null, random.NextDouble() < skill,
                    new DossierLifecycle(random.NextDouble() < 0.1 ? 1 : 0, null, online && random.NextDouble() < skill, random.NextDouble() < skill,
                        random.NextDouble() < skill, random.NextDouble() < skill * 0.8));
                dossier.UnitId = province.Id;
                dossier.UpdatedAt = nowUtc;
                await store.StageAsync(++row, dossier, ct);
                touched[province.Id] = Math.Min(touched.GetValueOrDefault(province.Id, int.MaxValue), dossier.ReceivedMonth);
            }
        }
        if (row == 0)
        {
            return 0;
        }
        var batch = new DossierBatch
        {
            SentBy = DemoData.Via,
            ReceivedAt = nowUtc,
            Channel = DemoData.Via,
            Rows = row,
            Units = DemoData.Via,
            Touched = DossierBatch.DescribeTouched(touched),
        };
        var merged = await store.MergeAsync(batch, 10, ct);
        return merged.Stored;
    }
}

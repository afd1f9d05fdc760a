using DxMonitor.Data;
using DxMonitor.Domain.Projects;
using DxMonitor.Domain.Registries;
using DxMonitor.Domain.Text;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Registries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DxMonitor.Bench.Projects;

/// <summary>Generated projects, platforms and community teams with a fixed seed, over the seeded current units.</summary>
public static class BenchData
{
    /// <summary>What provinces build; two in a hundred projects are named after a national platform instead.</summary>
    private static readonly string[] Words =
        ["kho dữ liệu", "một cửa điện tử", "quản lý văn bản", "giám sát điều hành", "y tế thông minh", "giáo dục số",
         "đất đai", "giao thông", "du lịch thông minh", "hạ tầng đám mây", "an toàn thông tin", "camera giám sát", "nông nghiệp số"];

    private static string PlatformName(int i) => $"Nền tảng {Syllable(i)} {Syllable(i / 7)} {Syllable(i / 49)} {Syllable(i + 3)} quốc gia";

    /// <summary>Distinct made-up words, so each platform has its own name.</summary>
    private static string Syllable(int i) => "ab" + (char)('a' + (i % 26)) + (char)('a' + (i / 26 % 26));

    public static async Task SeedAsync(BenchDatabase database, int projects, int platforms)
    {
        var random = new Random(20250701);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var units = await db.Units.AsNoTracking().Where(u => u.ValidTo == null && (u.Level == UnitLevel.Province || u.Level == UnitLevel.Ministry))
            .Select(u => new { u.Id, u.Level }).ToListAsync();
        var ministries = units.Where(u => u.Level == UnitLevel.Ministry).ToList();
        db.RegistryEntries.AddRange(Enumerable.Range(1, platforms).Select(i => new RegistryEntry
        {
            Registry = RegistryCatalogue.Platforms,
            UnitId = ministries[i % ministries.Count].Id,
            Name = PlatformName(i),
            NameFolded = SearchText.Fold(PlatformName(i)),
            UpdatedAt = now,
            Fields = new() { ["scope"] = "Toàn quốc" },
        }));
        await db.SaveChangesAsync();
        for (var start = 0; start < projects; start += 1000)
        {
            db.ChangeTracker.Clear();
            foreach (var i in Enumerable.Range(start, Math.Min(1000, projects - start)))
            {
                var name = random.Next(50) == 0
                    ? $"Xây dựng {PlatformName(random.Next(1, platforms + 1))} cho tỉnh, giai đoạn {i}"
                    : $"Xây dựng hệ thống {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} giai đoạn {i}";
                var project = new Project
                {
                    Code = $"DA-BENCH-{i:D6}",
                    Name = name,
                    NameFolded = SearchText.Fold(name),
                    UnitId = units[i % units.Count].Id,
                    TotalBudget = random.Next(1, 200) * 1_000_000_000m,
                    Step = (ProcurementStep)random.Next(10),
                    CreatedAt = now,
                    UpdatedAt = now.AddDays(-random.Next(0, 365)),
                };
                db.Projects.Add(project);
                for (var m = 0; m < 4; m++)
                {
                    db.ProjectMilestones.Add(new ProjectMilestone
                    {
                        ProjectId = project.Id,
                        ProjectCode = project.Code,
                        Name = $"Mốc {m + 1}",
                        DueOn = today.AddDays(random.Next(-400, 400)),
                        CompletedOn = random.Next(3) == 0 ? today.AddDays(-random.Next(1, 300)) : null,
                    });
                }
                for (var y = -1; y <= 1; y++)
                {
                    var planned = random.Next(1, 100) * 100_000_000m;
                    db.ProjectYearPlans.Add(new ProjectYearPlan
                    {
                        ProjectId = project.Id,
                        ProjectCode = project.Code,
                        Year = today.Year + y,
                        Planned = planned,
                        Disbursed = y > 0 ? 0 : Math.Round(planned * (decimal)random.NextDouble(), 0),
                    });
                }
            }
            await db.SaveChangesAsync();
        }
    }

    public static async Task<List<SaveRegistryEntry.Item>> CommunityTeamsAsync(DxDbContext db, int rows)
    {
        var provinces = await db.Units.AsNoTracking().Where(u => u.ValidTo == null && u.Level == UnitLevel.Province).Select(u => u.Code).ToListAsync();
        return [.. Enumerable.Range(0, rows).Select(i => new SaveRegistryEntry.Item($"rows[{i + 2}].", null, new RegistryEntryWrite(
            provinces[i % provinces.Count], $"Tổ công nghệ số cộng đồng thôn {i}",
            new Dictionary<string, string?> { ["commune"] = $"Xã Tân Phú {i % 97}", ["members"] = ((i % 9) + 3).ToString(System.Globalization.CultureInfo.InvariantCulture) })))];
    }
}

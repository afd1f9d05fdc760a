using System.Text.Json;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Seed;

/// <summary>
/// Seeds the index methodologies once, into a database that has none (a new one, or one made before methodologies
/// were stored): the product's own indexes (dx-index.json) adopted for each of their years, and the official DTI
/// structures (dti-official.json: Decisions 922/QĐ-BTTTT and 405/QĐ-BKHCN) as drafts for analysts to review and adopt.
/// </summary>
public static class MethodologySeeder
{
    private const string SeededBy = "seed";

    private static readonly JsonSerializerOptions Options = new(MethodologyJson.Options)
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static async Task SeedAsync(DxDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.IndexMethodologies.AnyAsync(ct))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var product = await ReadAsync<ProductSeed>("dx-index.json", ct);
        foreach (var definition in product.Indexes)
        {
            for (var year = product.FirstYear; year <= product.LastYear; year++)
            {
                var methodology = IndexMethodology.Create(definition, year, 1, SeededBy, now, product.Source);
                methodology.Adopt(SeededBy, now);
                db.IndexMethodologies.Add(methodology);
            }
        }
        var versions = product.Indexes.ToDictionary(d => d.Code, _ => 1, StringComparer.Ordinal);
        foreach (var official in await ReadAsync<List<OfficialSeed>>("dti-official.json", ct))
        {
            var version = product.FirstYear <= official.Year && official.Year <= product.LastYear && versions.ContainsKey(official.Index) ? 2 : 1;
            db.IndexMethodologies.Add(IndexMethodology.Create(official.ToDefinition(), official.Year, version, SeededBy, now, official.Source));
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task<T> ReadAsync<T>(string fileName, CancellationToken ct)
    {
        await using var stream = typeof(MethodologySeeder).Assembly.GetManifestResourceStream($"DxMonitor.Data.Seed.{fileName}")
            ?? throw new InvalidOperationException($"Seed file {fileName} is not embedded.");
        return await JsonSerializer.DeserializeAsync<T>(stream, Options, ct) ?? throw new InvalidOperationException($"Seed file {fileName} is empty.");
    }

    private sealed record ProductSeed(int FirstYear, int LastYear, string Source, IReadOnlyList<IndexDefinition> Indexes);

    private sealed record MappedSeed(string Indicator, Normalisation Normalisation = Normalisation.MinMax, double? Target = null);

    /// <summary>A main indicator as published: its points and, where verified, how many sub-indicators it has.</summary>
    private sealed record MainSeed(string Code, string Area, string NameVi, string NameEn, double Points, int? SubIndicators, IReadOnlyList<MappedSeed> Mapped)
    {
        public PillarDefinition ToPillar()
        {
            var components = Mapped.Select(m => new ComponentDefinition(m.Indicator, 1, m.Normalisation, m.Target)).ToList();
            if (SubIndicators is { } count)
            {
                for (var k = Mapped.Count + 1; k <= count; k++)
                {
                    components.Add(new ComponentDefinition(null, 1, Code: $"{Code}.{k}",
                        NameVi: $"{NameVi}: chỉ số thành phần {k} (chờ dữ liệu)", NameEn: $"{NameEn}: sub-indicator {k} (awaiting data)"));
                }
            }
            else
            {
                components.Add(new ComponentDefinition(null, 1, Code: $"{Code}.REST",
                    NameVi: $"{NameVi}: các chỉ số thành phần còn lại (chờ dữ liệu)", NameEn: $"{NameEn}: the remaining sub-indicators (awaiting data)"));
            }
            return new PillarDefinition(Code, NameVi, NameEn, Points, components, Area);
        }
    }

    private sealed record OfficialSeed(
        string Index, int Year, string NameVi, string NameEn, UnitLevel PeerLevel, double MaxScore, MissingValue Missing, string Source,
        IReadOnlyList<MainSeed> Main, IReadOnlyList<PeerGroup>? PeerGroups)
    {
        public IndexDefinition ToDefinition() =>
            new(Index, NameVi, NameEn, PeerLevel, [.. Main.Select(m => m.ToPillar())], Missing, MaxScore, PeerGroups);
    }
}

using System.Globalization;
using System.Text;
using DxMonitor.Data.Dossiers;
using DxMonitor.Domain.Units;

namespace DxMonitor.Data.Seed;

/// <summary>
/// The 3,321 communes, wards and special zones in force from 1 July 2025 (<c>units-2025-07-01.csv</c>, see
/// docs/reference-data.md for its source): code <c>C</c> + the official five-digit code, under the province
/// <c>P</c> + its two-digit code, valid from 2025-07-01. The published <c>formed_from</c> text is kept as the
/// unit's note; it is not turned into successions (it names parts of old wards, not whole units).
/// </summary>
internal static class CommuneSeed
{
    public const string FileName = "units-2025-07-01.csv";
    public static readonly DateOnly InForceFrom = new(2025, 7, 1);

    public sealed record Row(string Code, string AdminCode, string NameVi, string NameEn, string ProvinceCode, string? Note);

    public static async Task<IReadOnlyList<Row>> ReadAsync(CancellationToken ct)
    {
        await using var stream = SeedFiles.Open(FileName);
        var rows = new List<Row>();
        var header = true;
        await foreach (var record in CsvRecords.ReadAsync(stream, 4096, ct))
        {
            if (header)
            {
                header = false;
                continue;
            }
            var f = record.Fields; // code, name, level, province_code, formed_from
            if (f[2] == "commune")
            {
                rows.Add(new Row("C" + f[0], f[0], f[1], EnglishName(f[1]), "P" + f[3], string.IsNullOrWhiteSpace(f[4]) ? null : f[4]));
            }
        }
        return rows;
    }

    /// <summary>"Xã Lũng Cú" → "Lung Cu Commune", "Phường Ba Đình" → "Ba Dinh Ward", "Đặc khu Côn Đảo" → "Con Dao Special Zone".</summary>
    public static string EnglishName(string nameVi)
    {
        (string Prefix, string Kind)[] kinds = [("Xã ", "Commune"), ("Phường ", "Ward"), ("Đặc khu ", "Special Zone")];
        foreach (var (prefix, kind) in kinds)
        {
            if (nameVi.StartsWith(prefix, StringComparison.Ordinal))
            {
                return $"{Unaccented(nameVi[prefix.Length..])} {kind}";
            }
        }
        return Unaccented(nameVi);
    }

    private static string Unaccented(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static OrgUnit ToUnit(Row row, int provinceId) => new()
    {
        Code = row.Code,
        AdminCode = row.AdminCode,
        Level = UnitLevel.Commune,
        NameVi = row.NameVi,
        NameEn = row.NameEn,
        ParentId = provinceId,
        ValidFrom = InForceFrom,
        Note = row.Note,
    };
}

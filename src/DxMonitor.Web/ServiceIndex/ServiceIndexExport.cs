using DxMonitor.Domain.Periods;
using DxMonitor.Domain.ServiceIndex;
using DxMonitor.Web.Dossiers;
using DxMonitor.Web.ImportExport;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.ServiceIndex;

/// <summary>
/// A ranking as a file with Vietnamese headers: rank, unit, score and points, then each group's points and each
/// component's numerator, denominator, rate and points; a missing component's cells are empty, not zero.
/// </summary>
public static class ServiceIndexExport
{
    public static FileContentHttpResult File(
        string format, ServiceRankingResponse ranking, ServiceIndexDefinition definition, ServiceIndexData data, DossierAccess access, Period period)
    {
        List<string> headers = ["Hạng", "Mã đơn vị", "Đơn vị", "Điểm (thang 100)", "Điểm đạt", "Điểm tối đa của thành phần có dữ liệu", "Số thành phần thiếu dữ liệu"];
        foreach (var group in definition.Groups)
        {
            headers.Add($"{group.NameVi} (tối đa {group.MaxPoints:0.##})");
            foreach (var component in group.Components)
            {
                headers.AddRange([$"{component.Code}: tử số", $"{component.Code}: mẫu số", $"{component.Code}: tỷ lệ %", $"{component.Code}: điểm (tối đa {component.Weight:0.##})"]);
            }
        }
        var rows = ranking.Rows.Select(row =>
        {
            var score = data.Score(access.Units.ByCode[row.Unit], period);
            List<object?> cells = [row.Rank, row.Unit, row.NameVi, row.Score, row.Points, row.Available, row.MissingComponents];
            foreach (var group in definition.Groups)
            {
                var scored = score.Groups.FirstOrDefault(g => g.Code == group.Code);
                cells.Add(scored?.Points);
                foreach (var component in group.Components)
                {
                    var c = scored?.Components.FirstOrDefault(x => x.Code == component.Code);
                    cells.AddRange(c is null || c.Missing ? [null, null, null, null] : [c.Numerator, c.Denominator, c.Rate, c.Points]);
                }
            }
            return (IReadOnlyList<object?>)cells;
        });
        return TableExport.File(format, $"chi-so-766-{ranking.Level}-{ranking.Period}", headers, rows);
    }
}

namespace DxMonitor.Web.Dashboards;

/// <summary>
/// The province boundary files under wwwroot/maps and the days they are valid for: the 63 provinces until
/// 2025-06-30, the 34 from 2025-07-01 (built from units.json by tools/maps, keyed by our unit codes).
/// </summary>
public static class MapBoundaries
{
    public static readonly DateOnly MergerDay = new(2025, 7, 1);

    public static string For(DateOnly day) => day < MergerDay ? "maps/vn-provinces-63.json" : "maps/vn-provinces-34.json";
}

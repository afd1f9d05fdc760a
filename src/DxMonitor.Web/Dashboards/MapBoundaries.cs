namespace DxMonitor.Web.Dashboards;

/// <summary>
/// The province boundary files under wwwroot/maps and the days they are valid for: the 63 provinces until
/// 2025-06-30, the 34 from 2025-07-01 (built from units.json by tools/maps, keyed by our unit codes), and each of the
/// 34 provinces' communes.
/// </summary>
public static class MapBoundaries
{
    public static readonly DateOnly MergerDay = new(2025, 7, 1);

    public static string For(DateOnly day) => day < MergerDay ? "maps/vn-provinces-63.json" : "maps/vn-provinces-34.json";

    /// <summary>
    /// A province's communes from 2025-07-01 (built by tools/maps/build-communes.mjs from the official commune boundaries,
    /// keyed by our commune codes); Đà Nẵng's holds the special zone Hoàng Sa, Khánh Hòa's the special zone Trường Sa.
    /// </summary>
    public static string Communes(string provinceCode) => $"maps/communes/{provinceCode}.json";
}

namespace DxMonitor.Web.Dashboards;

/// <summary>A line chart of one series over periods, with an optional target line (drawn by wwwroot/js/dashboards.js).</summary>
public sealed record LineChartSpec(IReadOnlyList<string> Periods, IReadOnlyList<double?> Values, string SeriesName, double? Target, string TargetName)
{
    public string Kind => "line";
}

/// <summary>A province in a choropleth: code (the boundary feature's key), display name and value.</summary>
public sealed record MapPoint(string Code, string Name, double? Value);

/// <summary>A choropleth over the boundary file <see cref="Geo"/>, coloured by each province's value.</summary>
public sealed record MapChartSpec(string Geo, IReadOnlyList<MapPoint> Areas, string Label, string NoData)
{
    public string Kind => "map";
}

namespace DxMonitor.Web.Home;

/// <summary>A latest national figure for the overview page.</summary>
public sealed record NationalFigure(string Code, string NameVi, string NameEn, string Period, decimal Value, decimal? Denominator,
    string UnitOfMeasureVi, string UnitOfMeasureEn, string? Source);

/// <summary>What the overview page shows.</summary>
public sealed record HomeSummary(int Provinces, int Ministries, int Indicators, int Targets, IReadOnlyList<NationalFigure> Figures);

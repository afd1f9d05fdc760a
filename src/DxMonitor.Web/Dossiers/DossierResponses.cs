using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Web.Dossiers;

/// <summary>A unit's dossier figures for a period (rolled up from every unit below it).</summary>
public sealed record FiguresResponse(
    string Unit, string UnitNameVi, string Period, int Received, int Finished, int OnTime, int Late, int OverdueOpen,
    decimal? OnlineShare, decimal? FullyOnlineShare, decimal? OnlinePaymentShare, decimal? DigitisedShare, decimal? OnTimeShare)
{
    public static FiguresResponse From(string unit, string name, string period, DossierCounts c) => new(unit, name, period,
        c.Received, c.Finished, c.OnTime, c.Late, c.OverdueOpen, c.OnlineShare, c.FullyOnlineShare, c.OnlinePaymentShare, c.DigitisedShare, c.OnTimeShare);
}

/// <summary>A late dossier: resolved after its due time, or still open past it; with its latest explanation, if any.</summary>
public sealed record LateDossierResponse(
    string Unit, string UnitNameVi, string DossierId, string Procedure, string Channel, string Status,
    DateTime ReceivedAt, DateTime DueAt, DateTime? FinishedAt, bool Open, int DaysOverdue,
    bool Explained, string? Reason, string? Remedy, string? ExplainedBy, DateTime? ExplainedAt);

/// <summary>An explanation as stored.</summary>
public sealed record ExplanationResponse(string Unit, string DossierId, string Reason, string Remedy, string ExplainedBy, DateTime ExplainedAt);

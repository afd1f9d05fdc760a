namespace DxMonitor.Domain.Dossiers;

/// <summary>What decides where a dossier is counted: its unit, months, channel, fee, facts and outcome; not its number or times.</summary>
public readonly record struct DossierShape(
    int UnitId, int ReceivedMonth, DossierChannel Channel, OnlineScope? Scope, bool? PaidOnline, bool Digitised,
    DossierFacts Facts, DossierOutcome Outcome, int? DueMonth, int? FinishedMonth)
{
    public static DossierShape Of(Dossier d) =>
        new(d.UnitId, d.ReceivedMonth, d.Channel, d.Scope, d.PaidOnline, d.Digitised, d.Facts, d.Outcome, d.DueMonth, d.FinishedMonth);
}

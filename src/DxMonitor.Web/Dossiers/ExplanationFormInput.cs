namespace DxMonitor.Web.Dossiers;

/// <summary>What the explanation form on the dossiers page posts.</summary>
public sealed class ExplanationFormInput
{
    public string? Unit { get; set; }
    public string? DossierId { get; set; }
    public string? Reason { get; set; }
    public string? Remedy { get; set; }
}

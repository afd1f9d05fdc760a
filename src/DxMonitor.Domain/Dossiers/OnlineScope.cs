namespace DxMonitor.Domain.Dossiers;

/// <summary>For an online dossier: whether the whole procedure ran online (toàn trình) or only part of it (một phần).</summary>
public enum OnlineScope
{
    Partial = 1,
    Full = 2,
}

using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Indicators;

/// <summary>
/// The one path by which an indicator's figures enter the platform (nguồn số liệu). A write by any other path is
/// refused, so a figure has one owner: reported figures come through reporting rounds (or national staff),
/// derived ones are recomputed from their records and never typed over.
/// </summary>
public enum FigureOwner
{
    /// <summary>Reported by units in reporting rounds; national staff may write it directly.</summary>
    Reported = 0,

    /// <summary>Computed from administrative-procedure dossier records.</summary>
    Dossiers = 1,

    /// <summary>Counted from a registry's entries.</summary>
    Registry = 2,

    /// <summary>Measured by the portal evaluator.</summary>
    Evaluator = 3,

    /// <summary>Computed by the indicator's formula from other indicators; never stored.</summary>
    Formula = 4,
}

public static class FigureOwnerNames
{
    /// <summary>The owner inside a sentence, in the current UI culture: "tính từ hồ sơ thủ tục hành chính".</summary>
    public static string InWords(this FigureOwner owner) => IndicatorText.Texts.Format($"Owner_{owner}");

    /// <summary>Whether figures of this owner are recomputed from records (and so published like reported ones, not as written).</summary>
    public static bool IsDerived(this FigureOwner owner) => owner is FigureOwner.Dossiers or FigureOwner.Registry or FigureOwner.Evaluator;
}

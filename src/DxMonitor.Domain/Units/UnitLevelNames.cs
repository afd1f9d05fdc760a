using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Units;

/// <summary>How a unit level is named inside a sentence, in the reader's language.</summary>
public static class UnitLevelNames
{
    /// <summary>The level's name inside a sentence, in the current UI culture: "tỉnh", "Province".</summary>
    public static string InWords(this UnitLevel level) => UnitText.Texts.Format($"UnitLevel_{level}");
}

using System.Globalization;
using DxMonitor.Domain.Resources;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Layout;

namespace DxMonitor.Web.Resources;

/// <summary>A unit level's name (DashboardText's Level_*) inside a sentence: lower case in Vietnamese, as written in English.</summary>
public static class UnitLevelText
{
    private static readonly Texts Texts = new(typeof(DashboardText));

    public static string InSentence(UnitLevel level)
    {
        var name = Texts.Format($"Level_{level}");
        return Display.IsEnglish ? name : name.ToLower(CultureInfo.CurrentCulture);
    }
}

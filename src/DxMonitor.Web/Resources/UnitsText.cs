using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the unit administration's strings: UnitsText.resx is Vietnamese, UnitsText.en.resx English.</summary>
public sealed class UnitsText
{
    internal static readonly Texts Texts = new(typeof(UnitsText));
}

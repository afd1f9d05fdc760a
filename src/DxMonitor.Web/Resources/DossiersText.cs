using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the dossier pages' and API's texts: DossiersText.resx is Vietnamese, DossiersText.en.resx English.</summary>
public sealed class DossiersText
{
    /// <summary>The same texts for code without an IStringLocalizer (the dossier API, exceptions).</summary>
    internal static readonly Texts Texts = new(typeof(DossiersText));
}

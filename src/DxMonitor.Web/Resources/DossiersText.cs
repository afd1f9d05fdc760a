namespace DxMonitor.Web.Resources;

/// <summary>Marker for the dossier pages' UI strings: DossiersText.resx is Vietnamese, DossiersText.en.resx English.</summary>
public sealed class DossiersText;

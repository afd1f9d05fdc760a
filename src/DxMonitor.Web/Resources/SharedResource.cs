using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the UI strings: SharedResource.resx is Vietnamese, SharedResource.en.resx English.</summary>
public sealed class SharedResource;

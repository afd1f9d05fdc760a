using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Dossiers;

/// <summary>A reader asked for a unit whose dossiers it may not see; answered 403.</summary>
public sealed class DossierAccessDeniedException(string unit) : Exception(DossiersText.Texts.Format("MayNotRead", unit))
{
    public DossierAccessDeniedException()
        : this("?")
    {
    }

    public DossierAccessDeniedException(string message, Exception inner)
        : this(message + " " + inner.Message)
    {
    }
}

using DxMonitor.Domain.Resources;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Dossiers;

/// <summary>A reader asked for a unit whose dossiers it may not see; answered 403.</summary>
public sealed class DossierAccessDeniedException(string unit) : Exception(new Texts(typeof(DossiersText)).Format("MayNotRead", unit))
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

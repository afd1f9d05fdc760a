using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the procedure catalogue's texts (API and pages): ProceduresText.resx is Vietnamese, ProceduresText.en.resx English.</summary>
public sealed class ProceduresText
{
    internal static readonly Texts Texts = new(typeof(ProceduresText));
}

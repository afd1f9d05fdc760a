namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the procedure catalogue's rule texts: ProcedureText.resx is Vietnamese, ProcedureText.en.resx English.</summary>
internal sealed class ProcedureText
{
    internal static readonly Texts Texts = new(typeof(ProcedureText));
}

namespace DxMonitor.Domain.Formulas;

/// <summary>A token of a formula: its kind and where it sits in the text.</summary>
internal readonly record struct FormulaToken(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}

namespace DxMonitor.Domain.Registries;

/// <summary>What a registry field holds; values are stored as invariant text (2024-06-30, 12, 1/0).</summary>
public enum FieldKind
{
    Text = 0,
    WholeNumber = 1,
    Date = 2,
    YesNo = 3,
    Choice = 4,
}

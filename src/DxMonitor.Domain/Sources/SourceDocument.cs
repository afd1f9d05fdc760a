namespace DxMonitor.Domain.Sources;

/// <summary>A report or legal document that a figure, target or indicator cites.</summary>
public sealed class SourceDocument
{
    public int Id { get; private set; }
    public required string Code { get; init; }
    public required string TitleVi { get; set; }
    public required string TitleEn { get; set; }
    public required string Publisher { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? FileName { get; set; }
}

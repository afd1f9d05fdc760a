namespace DxMonitor.Domain.Projects;

/// <summary>The file types a project document may be; anything else is refused.</summary>
public enum DocumentKind
{
    Pdf = 0,
    Png = 1,
    Jpeg = 2,
    Docx = 3,
    Xlsx = 4,
}

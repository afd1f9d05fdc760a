using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the projects' UI strings: ProjectsText.resx is Vietnamese, ProjectsText.en.resx English.</summary>
public sealed class ProjectsText
{
    internal static readonly Texts Texts = new(typeof(ProjectsText));
}

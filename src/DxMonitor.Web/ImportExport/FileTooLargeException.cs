namespace DxMonitor.Web.ImportExport;

/// <summary>A file that would take more than a configured limit to read; <see cref="Setting"/> names the limit.</summary>
public sealed class FileTooLargeException(string message, string setting) : Exception(message)
{
    public string Setting { get; } = setting;
}

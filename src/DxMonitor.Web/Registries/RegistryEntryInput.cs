namespace DxMonitor.Web.Registries;

/// <summary>What the registry page's form posts: the unit, the name and the registry's fields by key, as typed.</summary>
public sealed class RegistryEntryInput
{
    public string? Unit { get; set; }
    public string? Name { get; set; }
    public Dictionary<string, string?> Fields { get; set; } = [];
    public string? Remove { get; set; }
}

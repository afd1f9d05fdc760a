namespace DxMonitor.Domain.Access;

/// <summary>Which values a reader sees.</summary>
public enum DataView
{
    /// <summary>Every stored value, accepted or not yet published: what staff work with.</summary>
    Working = 0,

    /// <summary>Only values as they were last published: what the public sees.</summary>
    Published = 1,
}

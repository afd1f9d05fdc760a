namespace DxMonitor.Domain.Values;

public enum ChangeKind
{
    Created = 0,
    Updated = 1,
    Deleted = 2,

    /// <summary>The value became the public one (old: what the public saw before, new: what it sees now).</summary>
    Published = 3,
}

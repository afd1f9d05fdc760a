namespace DxMonitor.Domain.Values;

public enum ChangeKind
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}

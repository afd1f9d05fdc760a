namespace DxMonitor.Web.Units;

/// <summary>A read of a unit outside the reader's scope (<see cref="ReadScope"/>): answered 403 naming the unit and the field.</summary>
public sealed class UnitOutOfScopeException(string unit, string field)
    : Exception(Resources.ApiText.Texts.Format("MayNotReadUnit", unit))
{
    public string Field { get; } = field;
}

namespace DxMonitor.Domain.Units;

public static class UnitLevelSets
{
    public static UnitLevels ToSet(this UnitLevel level) => (UnitLevels)(1 << (int)level);

    public static bool Includes(this UnitLevels set, UnitLevel level) => (set & level.ToSet()) != 0;

    public static UnitLevels Of(IEnumerable<UnitLevel> levels) =>
        levels.Aggregate(UnitLevels.None, (set, level) => set | level.ToSet());

    public static IEnumerable<UnitLevel> Members(this UnitLevels set) =>
        Enum.GetValues<UnitLevel>().Where(level => set.Includes(level));
}

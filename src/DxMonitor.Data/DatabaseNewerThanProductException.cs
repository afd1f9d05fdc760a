namespace DxMonitor.Data;

/// <summary>
/// The database was migrated by a newer version of the product: its history names migrations this build does not
/// have, so this build would run against a schema it does not know. Nothing is changed; the operator deploys the newer
/// version again or restores the backup taken before the upgrade.
/// </summary>
public sealed class DatabaseNewerThanProductException(IReadOnlyList<string> unknownMigrations)
    : Exception($"The database was migrated by a newer version of DxMonitor: it has the migration(s) {string.Join(", ", unknownMigrations)}, " +
        "which this version does not know. Refusing to start so as not to run on a schema it does not understand. " +
        "Deploy the newer version again, or restore the backup taken before the upgrade (docs/operations.md, 'Upgrades and rolling back').")
{
    public IReadOnlyList<string> UnknownMigrations { get; } = unknownMigrations;
}

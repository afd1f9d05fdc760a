using DxMonitor.Domain.Access;

namespace DxMonitor.Data.Access;

/// <summary>
/// A personal API token for machine clients. Only the SHA-256 hash of the secret is stored: the secret has
/// 256 random bits, so a fast hash is enough (a slow password hash protects low-entropy secrets).
/// </summary>
public sealed class ApiToken
{
    public int Id { get; private set; }
    public required string Name { get; init; }
    public required string UserName { get; init; }
    public required Role Role { get; init; }
    public int? UnitId { get; init; }
    public bool IncludesDescendants { get; init; }
    public required string SecretHash { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime ExpiresAt { get; init; }
    public DateTime? RevokedAt { get; set; }

    public bool IsActiveAt(DateTime now) => RevokedAt is null && now < ExpiresAt;

    public Actor ToActor() => new(UserName, Role, UnitId, IncludesDescendants);
}

namespace DxMonitor.Data.Idempotency;

/// <summary>
/// The first successful answer to a request sent with an Idempotency-Key, kept so that a retry with the same key and
/// the same body gets that answer again instead of doing the work twice, on any instance (it is in the database).
/// </summary>
public sealed class IdempotentRequest
{
    public long Id { get; init; }

    /// <summary>Who sent it to which operation: the user's name, the method and the path.</summary>
    public required string Scope { get; init; }

    /// <summary>The client's Idempotency-Key header.</summary>
    public required string Key { get; init; }

    /// <summary>SHA-256 of the request body, lowercase hex: the same key with another body is refused.</summary>
    public required string RequestHash { get; init; }

    public int StatusCode { get; init; }

    public required string ContentType { get; init; }

    public required byte[] ResponseBody { get; init; }

    public DateTime CreatedAt { get; init; }
}

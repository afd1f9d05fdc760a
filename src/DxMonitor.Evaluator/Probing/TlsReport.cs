namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// What the TLS handshake showed about a portal's certificate and protocols. <see cref="Error"/> says why the handshake
/// failed as a phrase; <see cref="ErrorDetail"/> is .NET's own text of it, kept as technical detail.
/// </summary>
public sealed record TlsReport(
    string Host,
    int Port,
    string? Protocol,
    IReadOnlyList<string> ProtocolsAccepted,
    string? Subject,
    string? Issuer,
    DateTimeOffset? NotBefore,
    DateTimeOffset? NotAfter,
    bool HostnameMatches,
    bool ChainTrusted,
    IReadOnlyList<string> ChainProblems,
    string? Error,
    string? ErrorDetail = null);

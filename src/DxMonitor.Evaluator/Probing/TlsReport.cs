namespace DxMonitor.Evaluator.Probing;

/// <summary>What the TLS handshake showed about a portal's certificate and protocols.</summary>
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
    string? Error);

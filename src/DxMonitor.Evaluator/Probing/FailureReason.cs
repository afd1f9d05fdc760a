using System.Globalization;
using System.Net.Sockets;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// Why a request failed, as a <see cref="Phrase"/> span: the common network failures by code, anything else as a
/// network error whose .NET text is kept as technical detail.
/// </summary>
public static class FailureReason
{
    public static string Timeout(TimeSpan limit) =>
        Phrase.Of("no-complete-response", limit.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)).ToString();

    public static string Of(Exception e) => Inner(e) ?? (e.InnerException is { } inner ? Inner(inner) : null)
        ?? Phrase.Of("network-error", e.InnerException?.Message ?? e.Message).ToString();

    public static string Refused(AddressRefusedException refused) => (System.Net.IPAddress.TryParse(refused.Host.Trim('[', ']'), out _)
        ? Phrase.Of("address-refused", refused.Address, refused.Network)
        : Phrase.Of("name-refused", refused.Host, refused.Address, refused.Network)).ToString();

    private static string? Inner(Exception e) => e switch
    {
        AddressRefusedException refused => Refused(refused),
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => Phrase.Of("connection-refused").ToString(),
        SocketException { SocketErrorCode: SocketError.ConnectionReset } => Phrase.Of("connection-reset").ToString(),
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } => Phrase.Of("host-not-found").ToString(),
        _ when e.InnerException is SocketException socket => Inner(socket),
        _ => null,
    };
}

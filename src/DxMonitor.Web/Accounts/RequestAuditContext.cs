using DxMonitor.Data.Audit;

namespace DxMonitor.Web.Accounts;

/// <summary>The audit identity of a web request: the signed-in user (or "system" outside a request) and the client's address.</summary>
internal sealed class RequestAuditContext(IHttpContextAccessor http) : IAuditContext
{
    public string ActorName => http.HttpContext?.User.Identity?.Name ?? "system";

    public string? ClientAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}

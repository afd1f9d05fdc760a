using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DxMonitor.Data.Audit;

/// <summary>Audit JSON keeps Vietnamese readable (no \u escapes) and is never rendered as HTML unencoded.</summary>
public static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace DxMonitor.Data.Audit;

/// <summary>Audit JSON keeps Vietnamese letters and enum names readable; characters special to HTML stay escaped.</summary>
public static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };
}

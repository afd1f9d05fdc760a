using System.Text.Json;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.DxIndex;

namespace DxMonitor.Domain.ServiceIndex;

/// <summary>
/// A definition version administrators entered, stored as JSON (enums by name). The version seeded with the product
/// (<see cref="Decision766"/>) is not stored: it applies until a stored version takes over from its month.
/// </summary>
public sealed class ServiceIndexVersion : IAuditedRecord
{
    public ServiceIndexVersion(string version, int validFromMonth, string json)
    {
        Version = version;
        ValidFromMonth = validFromMonth;
        Json = json;
    }

    public string Version { get; private set; }
    public int ValidFromMonth { get; private set; }
    public string Json { get; private set; }

    public string AuditSubject => $"service-index/{Version}";

    public ServiceIndexDefinition Definition => Read(Json);

    public static ServiceIndexVersion Of(ServiceIndexDefinition definition) =>
        new(definition.Version, definition.ValidFromMonth, JsonSerializer.Serialize(definition, MethodologyJson.Options));

    public void Replace(ServiceIndexDefinition definition)
    {
        ValidFromMonth = definition.ValidFromMonth;
        Json = JsonSerializer.Serialize(definition, MethodologyJson.Options);
    }

    public static ServiceIndexDefinition Read(string json) =>
        JsonSerializer.Deserialize<ServiceIndexDefinition>(json, MethodologyJson.Options) ?? throw new InvalidOperationException("A stored definition is empty.");
}

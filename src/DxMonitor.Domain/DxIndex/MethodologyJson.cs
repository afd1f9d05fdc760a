using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DxMonitor.Domain.DxIndex;

/// <summary>
/// The stored form of a methodology: JSON with enums by name, and its hash (SHA-256 of that JSON), which names the
/// exact content a ranking was computed with.
/// </summary>
public static class MethodologyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(IndexDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static IndexDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<IndexDefinition>(json, Options) ?? throw new InvalidOperationException("A stored methodology is empty.");

    public static string Hash(IndexDefinition definition) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(definition))));
}

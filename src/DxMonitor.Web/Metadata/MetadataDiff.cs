using System.Text.Json;
using System.Text.Json.Nodes;

namespace DxMonitor.Web.Metadata;

/// <summary>The items of two packages compared section by section, by the key each item is known by on any server.</summary>
public static class MetadataDiff
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Created and changed items of <paramref name="after"/> against <paramref name="before"/>, among the keys the package named.</summary>
    public static (List<MetadataChange> Changes, int Unchanged) Compare(MetadataPackage before, MetadataPackage after, MetadataPackage package)
    {
        var changes = new List<MetadataChange>();
        var unchanged = 0;
        void Section<T>(string name, IReadOnlyList<T>? named, IReadOnlyList<T>? was, IReadOnlyList<T>? now, Func<T, string> key)
        {
            if (named is null)
            {
                return;
            }
            var old = (was ?? []).GroupBy(key).ToDictionary(g => g.Key, g => g.First());
            var current = (now ?? []).GroupBy(key).ToDictionary(g => g.Key, g => g.First());
            foreach (var k in named.Select(key).Distinct())
            {
                if (!current.TryGetValue(k, out var item))
                {
                    continue; // refused: named among the conflicts
                }
                if (!old.TryGetValue(k, out var previous))
                {
                    changes.Add(new(name, k, MetadataAction.Create, []));
                }
                else if (Fields(previous, item) is { Count: > 0 } fields)
                {
                    changes.Add(new(name, k, MetadataAction.Update, fields));
                }
                else
                {
                    unchanged++;
                }
            }
        }
        Section("unitGroups", package.UnitGroups, before.UnitGroups, after.UnitGroups, g => g.Code ?? "");
        Section("indicators", package.Indicators, before.Indicators, after.Indicators, i => i.Key);
        Section("targets", package.Targets, before.Targets, after.Targets, t => t.Key);
        Section("methodologies", package.Methodologies, before.Methodologies, after.Methodologies, m => m.Key);
        return (changes, unchanged);
    }

    /// <summary>The names of the item's fields that differ, nested ones by their path (e.g. <c>indicator.nameVi</c>).</summary>
    public static List<string> Fields<T>(T before, T after)
    {
        var fields = new List<string>();
        Walk(JsonSerializer.SerializeToNode(before, Json), JsonSerializer.SerializeToNode(after, Json), "", fields);
        return fields;
    }

    private static void Walk(JsonNode? before, JsonNode? after, string path, List<string> fields)
    {
        if (before is JsonObject a && after is JsonObject b && !path.Contains('.', StringComparison.Ordinal))
        {
            foreach (var name in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
            {
                Walk(a[name], b[name], path.Length == 0 ? name : $"{path}.{name}", fields);
            }
        }
        else if (!JsonNode.DeepEquals(before, after))
        {
            fields.Add(path);
        }
    }
}

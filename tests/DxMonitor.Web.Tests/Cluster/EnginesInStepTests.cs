using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>
/// Two instances on one PostgreSQL database: a value written through one is in the other's roll-ups (staff's working
/// view and the public's published view) within the deadline, whichever instance takes the write.
/// </summary>
[Collection(OnTwoInstances.Name)]
public sealed class EnginesInStepTests(TwoInstances instances, ITestOutputHelper output)
{
    private const string Indicator = "PRV.EGOV_ARCH_V2";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_value_written_on_one_instance_is_in_the_other_instances_roll_ups_within_the_deadline()
    {
        var (a, b) = (instances.A, instances.B);

        var toB = await MeasureAsync(writer: a, reader: b, unit: "P01", value: 1);
        var toA = await MeasureAsync(writer: b, reader: a, unit: "P22", value: 1);
        using var anonymous = new HttpClient { BaseAddress = a.Address };
        var published = await ProvinceValueAsync(anonymous, "P01");

        output.WriteLine($"Write on A seen in B's roll-up after {toB.TotalMilliseconds:0} ms; write on B seen in A's after {toA.TotalMilliseconds:0} ms.");
        Assert.True(toB < Deadline && toA < Deadline, $"{toB} / {toA}");
        // A national writer's value is published as written: the public view of the instance that did not take it has it too.
        Assert.Equal(1m, published);
    }

    [Fact]
    public async Task A_value_written_again_on_the_other_instance_ends_with_the_last_write_on_both()
    {
        var (a, b) = (instances.A, instances.B);
        using var writerA = a.Client();
        using var writerB = b.Client();

        (await WriteAsync(writerA, "P04", 1)).EnsureSuccessStatusCode();
        (await WriteAsync(writerB, "P04", 0)).EnsureSuccessStatusCode();

        foreach (var instance in new[] { a, b })
        {
            using var reader = instance.Client();
            await Eventually.MatchAsync(() => ProvinceValueAsync(reader, "P04"), v => v == 0m, $"the last write (0) in {instance.Address}'s roll-up");
        }
    }

    private static async Task<TimeSpan> MeasureAsync(ProductProcess writer, ProductProcess reader, string unit, decimal value)
    {
        using var write = writer.Client();
        using var read = reader.Client();
        Assert.Null(await ProvinceValueAsync(read, unit));
        (await WriteAsync(write, unit, value)).EnsureSuccessStatusCode();
        var watch = Stopwatch.StartNew();
        while (await ProvinceValueAsync(read, unit) != value)
        {
            Assert.True(watch.Elapsed < Deadline, $"After {Deadline.TotalSeconds} s, {reader.Address} still lacks {unit}'s value written on {writer.Address}.");
            await Task.Delay(10);
        }
        return watch.Elapsed;
    }

    private static Task<HttpResponseMessage> WriteAsync(HttpClient client, string unit, decimal value) =>
        client.PostAsJsonAsync("/api/v1/values/batch", new { values = new[] { new { indicator = Indicator, unit, period = "2025Q4", value } } });

    private static async Task<decimal?> ProvinceValueAsync(HttpClient client, string unit)
    {
        var rollup = await client.GetFromJsonAsync<JsonElement>($"/api/v1/rollups/{Indicator}/2025Q4");
        var cell = rollup.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == unit);
        return cell.GetProperty("value").ValueKind == JsonValueKind.Number ? cell.GetProperty("value").GetDecimal() : null;
    }
}

using System.Threading.Channels;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Values;

namespace DxMonitor.Web.Monitoring;

/// <summary>Bounded queue from the write endpoints to the monitoring worker. A full queue makes writers wait.</summary>
public sealed class ReportChannel
{
    private readonly Channel<ValuesChanged> _channel = Channel.CreateBounded<ValuesChanged>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public ChannelReader<ValuesChanged> Reader => _channel.Reader;

    public ValueTask PostAsync(ValuesChanged change, CancellationToken ct) => _channel.Writer.WriteAsync(change, ct);

    /// <summary>Posts stored values, one message per unit, to the engine of a view (published values as published).</summary>
    public async Task PostAsync(IEnumerable<DataValue> values, DataView view, CancellationToken ct)
    {
        foreach (var unit in values.GroupBy(v => v.UnitId))
        {
            await PostAsync(new ValuesChanged(unit.Key, [.. unit.Select(v => view == DataView.Published
                ? new ChangedValue(v.IndicatorId, v.PeriodCode, v.PublishedValue!.Value, v.PublishedDenominator) // published by the caller
                : new ChangedValue(v.IndicatorId, v.PeriodCode, v.Value, v.Denominator))], view), ct);
        }
    }
}

using System.Threading.Channels;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Values;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Bounded queue from the write endpoints to the monitoring worker. A full queue makes writers wait. On PostgreSQL
/// every change posted is also appended to the change log (<paramref name="changeLog"/>), which every instance's
/// <see cref="ChangeFollower"/> follows, this one's included (ADR 021).
/// </summary>
public sealed class ReportChannel(EngineChangeLog? changeLog = null)
{
    private readonly Channel<ValuesChanged> _channel = Channel.CreateBounded<ValuesChanged>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public ChannelReader<ValuesChanged> Reader => _channel.Reader;

    public Task PostAsync(ValuesChanged change, CancellationToken ct) => PostAsync([change], ct);

    /// <summary>Posts stored values, one message per unit, to the engine of a view (published values as published).</summary>
    public Task PostAsync(IEnumerable<DataValue> values, DataView view, CancellationToken ct) =>
        PostAsync([.. values.GroupBy(v => v.UnitId).Select(unit => new ValuesChanged(unit.Key, [.. unit.Select(v => view == DataView.Published
            ? new ChangedValue(v.IndicatorId, v.PeriodCode, v.PublishedValue!.Value, v.PublishedDenominator) // published by the caller
            : new ChangedValue(v.IndicatorId, v.PeriodCode, v.Value, v.Denominator))], view))], ct);

    /// <summary>Queues committed changes for this instance's engine, then announces them to every instance.</summary>
    public async Task PostAsync(IReadOnlyList<ValuesChanged> changes, CancellationToken ct)
    {
        try
        {
            foreach (var change in changes)
            {
                await _channel.Writer.WriteAsync(change, ct);
            }
        }
        finally
        {
            // Announced after the local queue: this instance then applies its own row's re-read figures last.
            if (changeLog is not null && changes.Count > 0)
            {
                await changeLog.AppendAsync(changes);
            }
        }
    }

    /// <summary>Queues figures for this instance's engine only: the ones the change log's follower has read.</summary>
    internal ValueTask EnqueueAsync(ValuesChanged change, CancellationToken ct) => _channel.Writer.WriteAsync(change, ct);
}

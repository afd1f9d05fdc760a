using System.Threading.Channels;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Values;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Bounded queue from the write endpoints to the monitoring worker. A full queue makes writers wait. On PostgreSQL a
/// posted change goes to the change log instead (<paramref name="changeLog"/>): every instance, this one included,
/// applies it when its <see cref="ChangeFollower"/> reads it back, so all apply the same changes in the same order
/// and each change once (ADR 021).
/// </summary>
public sealed class ReportChannel(EngineChangeLog? changeLog = null)
{
    private readonly Channel<ValuesChanged> _channel = Channel.CreateBounded<ValuesChanged>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly Channel<bool> _methodologies = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public ChannelReader<ValuesChanged> Reader => _channel.Reader;

    /// <summary>Signals that the adopted methodologies changed; one pending signal stands for any number of changes.</summary>
    public ChannelReader<bool> MethodologyChanges => _methodologies.Reader;

    public Task PostAsync(ValuesChanged change, CancellationToken ct) => PostAsync([change], ct);

    /// <summary>Posts stored values, one message per unit, to the engine of a view (published values as published).</summary>
    public Task PostAsync(IEnumerable<DataValue> values, DataView view, CancellationToken ct) =>
        PostAsync([.. values.GroupBy(v => v.UnitId).Select(unit => new ValuesChanged(unit.Key, [.. unit.Select(v => view == DataView.Published
            ? new ChangedValue(v.IndicatorId, v.PeriodCode, v.PublishedValue!.Value, v.PublishedDenominator) // published by the caller
            : new ChangedValue(v.IndicatorId, v.PeriodCode, v.Value, v.Denominator))], view))], ct);

    /// <summary>Tells the engines of committed changes: this instance's, or on PostgreSQL every instance's.</summary>
    public async Task PostAsync(IReadOnlyList<ValuesChanged> changes, CancellationToken ct)
    {
        if (changeLog is not null)
        {
            if (changes.Count > 0)
            {
                await changeLog.AppendAsync(changes);
            }
            return;
        }
        foreach (var change in changes)
        {
            await _channel.Writer.WriteAsync(change, ct);
        }
    }

    /// <summary>Tells the engines that a methodology was adopted or an adopted one edited: this instance's, or every instance's.</summary>
    public async Task PostMethodologiesChangedAsync()
    {
        if (changeLog is not null)
        {
            await changeLog.AppendMethodologiesChangedAsync();
            return;
        }
        SignalMethodologies();
    }

    /// <summary>Makes this instance's engine reload the methodologies: the change log's follower read such a change.</summary>
    internal void SignalMethodologies() => _methodologies.Writer.TryWrite(true);

    /// <summary>Queues figures for this instance's engine only: the ones the change log's follower has read.</summary>
    internal ValueTask EnqueueAsync(ValuesChanged change, CancellationToken ct) => _channel.Writer.WriteAsync(change, ct);
}

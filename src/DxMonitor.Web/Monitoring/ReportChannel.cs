using System.Threading.Channels;

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
}

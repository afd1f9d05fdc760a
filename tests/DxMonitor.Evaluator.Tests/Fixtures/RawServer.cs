using System.Net;
using System.Net.Sockets;

namespace DxMonitor.Evaluator.Tests.Fixtures;

/// <summary>
/// A TCP server on 127.0.0.1 that is not an HTTP server: it accepts and then hangs forever, or answers every
/// connection with random bytes, or sends a valid header and then an endless body.
/// </summary>
public sealed class RawServer : IAsyncDisposable
{
    public enum Behaviour
    {
        Hang,
        Garbage,
        EndlessBody,
    }

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RawServer(Behaviour behaviour)
    {
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(() => AcceptAsync(behaviour));
    }

    public Uri Url { get; }

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    private long _bytesSent;

    private async Task AcceptAsync(Behaviour behaviour)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => ServeAsync(client, behaviour));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client, Behaviour behaviour)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                switch (behaviour)
                {
                    case Behaviour.Hang:
                        await Task.Delay(Timeout.Infinite, _stop.Token);
                        break;
                    case Behaviour.Garbage:
                        var garbage = new byte[4096];
                        new Random(6).NextBytes(garbage);
                        await stream.WriteAsync(garbage, _stop.Token);
                        break;
                    case Behaviour.EndlessBody:
                        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>"u8.ToArray(), _stop.Token);
                        var chunk = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>lặp lại</p>", 4000)));
                        while (true)
                        {
                            await stream.WriteAsync(chunk, _stop.Token);
                            Interlocked.Add(ref _bytesSent, chunk.Length);
                        }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // The evaluator hung up, as it should.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}

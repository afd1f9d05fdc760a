using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DxMonitor.Bench.Cluster;

/// <summary>One product process (<c>dotnet DxMonitor.Web.dll</c>) on a free port over the given PostgreSQL database.</summary>
public sealed class Instance : IAsyncDisposable
{
    public const string Token = "dxm_bench-admin-token-00000000000000000000";

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private Instance(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public static async Task<Instance> StartAsync(string name, string connectionString)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DxMonitor.Web.dll"));
        start.Environment["Urls"] = address.ToString();
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Admin__ApiToken"] = Token;
        start.Environment["Admin__Password"] = "Bench-mật-khẩu-2026";
        start.Environment["Accounts__ApiRequestsPerMinute"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var instance = new Instance(name, new Process { StartInfo = start }, address);
        instance._process.OutputDataReceived += (_, e) => instance.Keep(e.Data);
        instance._process.ErrorDataReceived += (_, e) => instance.Keep(e.Data);
        instance._process.Start();
        instance._process.BeginOutputReadLine();
        instance._process.BeginErrorReadLine();
        await instance.WaitUntilReadyAsync();
        return instance;
    }

    public HttpClient Client(bool signedIn = true)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (signedIn)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", Token);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        lock (_lastLines)
        {
            if (line is not null)
            {
                _lastLines.Enqueue(line);
            }
            while (_lastLines.Count > 50)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (_process.HasExited)
            {
                break;
            }
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        lock (_lastLines)
        {
            throw new InvalidOperationException($"Instance {Name} did not become ready:\n" + string.Join('\n', _lastLines));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

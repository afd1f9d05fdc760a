using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DxMonitor.Bench.PageWeight;

/// <summary>The product as a process (<c>dotnet DxMonitor.Web.dll</c>) on a free port over a new SQLite file, as a reader would meet it.</summary>
public sealed class Product : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private Product(Process process, Uri address, string folder) => (_process, Address, _folder) = (process, address, folder);

    public Uri Address { get; }

    public static async Task<Product> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("dxbench-weight-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DxMonitor.Web.dll"));
        start.Environment["Urls"] = address.ToString();
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "dx.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var product = new Product(process, address, folder);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(3) && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return product;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        await product.DisposeAsync();
        throw new InvalidOperationException("The product did not become ready.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

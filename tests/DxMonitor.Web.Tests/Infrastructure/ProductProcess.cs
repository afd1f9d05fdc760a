using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DxMonitor.Data.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>
/// The product as an operator runs it: its own operating-system process (<c>dotnet DxMonitor.Web.dll</c>) on a free
/// port over a given database, for the tests that kill it or run two of it. Settings are passed as environment
/// variables, like a deployment's.
/// </summary>
public sealed class ProductProcess : IAsyncDisposable
{
    public const string AdminToken = "dxm_test-admin-token-000000000000000000000";

    /// <summary>How long a start may take before the test gives up: generous, for a loaded two-core machine.</summary>
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(240);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ProductProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote to its standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The operating system's id of the process (lease holders name it).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the product over <paramref name="database"/> and waits until it is ready (database answering, engines loaded).</summary>
    public static async Task<ProductProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo(database, settings);
        start.Environment["Urls"] = address.ToString();
        var process = new Process { StartInfo = start };
        var product = new ProductProcess(process, address);
        process.OutputDataReceived += (_, e) => product.Append(e.Data);
        process.ErrorDataReceived += (_, e) => product.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await product.WaitUntilHealthyAsync();
        }
        catch
        {
            await product.DisposeAsync(); // a product that never came up is not left running
            throw;
        }
        return product;
    }

    /// <summary>Runs one of the product's operator commands (<c>dotnet DxMonitor.Web.dll backup …</c>) with the same settings; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(TestDatabase database, params string[] arguments)
    {
        var start = StartInfo(database, null);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!; // Start returns null only for shell-executed documents.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    public HttpClient Client(string token = AdminToken)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    /// <summary>Waits for the process to end on its own; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
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

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < ReadyWithin)
        {
            if (_process.HasExited)
            {
                // Exited: wait for the redirected output to be read to its end, so the message holds its last lines.
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The product exited with {_process.ExitCode} while starting:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still starting.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The product was not ready (/health/ready) within {ReadyWithin.TotalSeconds:0} s:\n{Output}");
    }

    private static ProcessStartInfo StartInfo(TestDatabase database, IReadOnlyDictionary<string, string>? settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DxMonitor.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Test";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Admin__ApiToken"] = AdminToken;
        start.Environment["Admin__Password"] = TestApp.AdminPassword;
        start.Environment["Accounts__ApiRequestsPerMinute"] = "1000000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

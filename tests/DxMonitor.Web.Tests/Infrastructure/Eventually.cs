using System.Diagnostics;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>
/// Waits for something the background monitoring worker does after a write. It returns as soon as it is done; the
/// deadline is generous because a loaded machine (two cores running the whole suite) can take many seconds.
/// </summary>
public static class Eventually
{
    public static async Task<T> MatchAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int seconds = 30)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (watch.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                Assert.Fail($"After {seconds} s, still waiting for {what}. Last: {value}");
            }
            await Task.Delay(50);
        }
    }
}

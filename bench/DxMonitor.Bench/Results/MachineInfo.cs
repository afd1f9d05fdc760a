using System.Globalization;
using System.Runtime.InteropServices;

namespace DxMonitor.Bench.Results;

/// <summary>What the figures were measured on.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var build =
#if DEBUG
            "Debug build: these figures do not count";
#else
            "Release build";
#endif
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({CpuModel()}), {memory:0.0} GiB memory, {RuntimeInformation.FrameworkDescription} ({build}, {RuntimeInformation.OSArchitecture}), {RuntimeInformation.OSDescription}");
    }

    private static string CpuModel()
    {
        const string file = "/proc/cpuinfo";
        var line = File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line?.Split(':', 2)[1].Trim() ?? "unknown CPU";
    }
}

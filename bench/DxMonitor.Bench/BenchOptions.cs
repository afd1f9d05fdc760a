using System.Globalization;

namespace DxMonitor.Bench;

/// <summary>The command line: <c>[--scale S] [--runs N] [--reports N] [--seed N] [--output FILE]</c>.</summary>
public sealed record BenchOptions(double Scale, int Runs, int Reports, int Seed, string? Output, string Postgres)
{
    public const string PostgresVariable = "DXMONITOR_TEST_POSTGRES";

    public const string Usage =
        "usage: DxMonitor.Bench [--scale S (0-1], default 1)] [--runs N (default 5)] [--reports N (default 20)] " +
        "[--seed N] [--output FILE]; PostgreSQL from " + PostgresVariable + " (bench/run.sh starts one)";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions(1.0, 5, 20, 20250701, null, Environment.GetEnvironmentVariable(PostgresVariable) ?? "");
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            options = args[i] switch
            {
                "--scale" => options with { Scale = double.Parse(value, CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--reports" => options with { Reports = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--output" => options with { Output = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}. {Usage}"),
            };
            i++;
        }
        if (options.Scale is <= 0 or > 1 || options.Runs < 1 || options.Reports < 1)
        {
            throw new ArgumentException($"--scale must be in (0, 1], --runs and --reports at least 1. {Usage}");
        }
        if (string.IsNullOrWhiteSpace(options.Postgres))
        {
            throw new ArgumentException($"{PostgresVariable} is not set. Run bench/run.sh, which starts PostgreSQL and sets it.");
        }
        return options;
    }
}

using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using DxMonitor.Evaluator;

namespace DxMonitor.Cli;

/// <summary>
/// <c>dxmonitor evaluate URL... [--json] [--no-browser] [--config FILE]</c>: evaluates each portal and prints its
/// grade and every deduction with evidence, as text or as JSON. Exit code 0 when every portal was evaluated (whatever
/// its grade), 2 for wrong arguments.
/// </summary>
public static class EvaluateCommand
{
    public const string Usage = """
        Usage: dxmonitor evaluate URL [URL...] [--json] [--no-browser] [--config FILE]
          --json        print the evaluations as JSON
          --no-browser  skip headless Chromium (page quality and accessibility are then not measured)
          --config FILE read evaluator options from FILE (JSON; the "Evaluator" section if present)
        """;

    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] != "evaluate")
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        var urls = new List<Uri>();
        var json = false;
        var options = new EvaluatorOptions();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--no-browser":
                    options.UseBrowser = false;
                    break;
                case "--config" when i + 1 < args.Length:
                    if (Load(args[++i], errors) is not { } loaded)
                    {
                        return 2;
                    }
                    loaded.UseBrowser &= options.UseBrowser;
                    options = loaded;
                    break;
                case var text when Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                    urls.Add(url);
                    break;
                default:
                    await errors.WriteLineAsync($"Not an http(s) URL or option: {args[i]}\n{Usage}");
                    return 2;
            }
        }
        if (urls.Count == 0)
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        await using var evaluator = new PortalEvaluator(options, TimeProvider.System);
        var evaluations = await evaluator.EvaluateManyAsync(urls, ct);
        await output.WriteAsync(json ? EvaluationText.Json(evaluations) : EvaluationText.Plain(evaluations));
        return 0;
    }

    private static EvaluatorOptions? Load(string file, TextWriter errors)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var section = document.RootElement.TryGetProperty(EvaluatorOptions.Section, out var nested) ? nested : document.RootElement;
            var options = section.Deserialize<EvaluatorOptions>(ReadOptions) ?? new EvaluatorOptions();
            var problems = new List<ValidationResult>();
            if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
            {
                errors.WriteLine($"The options file {file} is not valid: {string.Join(" ", problems.Select(p => p.ErrorMessage))}");
                return null;
            }
            return options;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            errors.WriteLine($"Cannot read the options file {file}: {e.Message}");
            return null;
        }
    }
}

using DxMonitor.Bench;

if (args is ["dossiers", .. var dossierArgs])
{
    return await DxMonitor.Bench.Dossiers.DossierBench.RunAsync(dossierArgs);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var markdown = await BenchRun.ExecuteAsync(options);
if (options.Output is { } output)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".");
    await File.WriteAllTextAsync(output, markdown);
    Console.WriteLine($"Written to {output}");
}
return 0;

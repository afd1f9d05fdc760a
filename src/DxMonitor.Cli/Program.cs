using System.Text;
using DxMonitor.Cli;

Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await EvaluateCommand.RunAsync(args, Console.Out, Console.Error, cancel.Token);

using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>
/// axe-core (the copy bundled with Deque.AxeCore) run in the page itself. Deque's <c>RunAxe</c> finishes every run in
/// a new browser page, injecting axe again there: about two seconds of Chromium's CPU per call, most of the
/// accessibility tests' time. Our pages have no frames, which is what that isolation serves. Only violations carry
/// every node; the other result types keep one example each (axe's <c>resultTypes</c>), which no test reads.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    public static async Task<AxeResult> RunAxeAsync(this IPage page, AxeRunOptions? options = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script.Value);
        }
        options ??= new AxeRunOptions();
        options.ResultTypes ??= [ResultType.Violations];
        var json = await page.EvaluateAsync<string>(
            "async options => JSON.stringify(await window.axe.run(document, JSON.parse(options)))", JsonConvert.SerializeObject(options));
        return new AxeResult(JObject.Parse(json));
    }
}

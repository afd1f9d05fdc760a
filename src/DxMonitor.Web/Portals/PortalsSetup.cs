using DxMonitor.Evaluator;
using DxMonitor.Evaluator.Network;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Portals;

public static class PortalsSetup
{
    /// <summary>The evaluator (one shared HTTP client and headless Chromium), its options, and the scheduler.</summary>
    public static void AddPortals(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalsOptions>().BindConfiguration(PortalsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<EvaluatorOptions>().BindConfiguration(EvaluatorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => AddressRules.From(services.GetRequiredService<IOptions<EvaluatorOptions>>().Value));
        builder.Services.AddSingleton(services =>
            new PortalEvaluator(services.GetRequiredService<IOptions<EvaluatorOptions>>().Value, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddHostedService<PortalEvaluationWorker>();
    }
}

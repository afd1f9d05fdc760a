using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// One round of a webhook delivery, as the webhook client's resilience pipeline (Microsoft.Extensions.Http.Resilience
/// over Polly) runs it: each attempt timed out, transient failures retried with jittered exponential backoff, a
/// receiver's Retry-After honoured.
/// </summary>
public static class WebhookResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, WebhookOptions options, TimeProvider clock)
    {
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstRetryDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = true,
                // A receiver that asks for a longer pause than a round may wait gets it from the sender's next round.
                ShouldHandle = args => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome)
                    && !(WebhookNotifier.RetryAfter(args.Outcome.Result?.Headers.RetryAfter, clock.GetUtcNow()) > options.MaxRetryDelay)),
            });
        }
        pipeline.AddTimeout(options.AttemptTimeout);
    }
}

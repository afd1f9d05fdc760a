using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// One independent check: a pure function of what the probe gathered. Its weight is configured under its
/// <see cref="Id"/> in <see cref="EvaluatorOptions.Weights"/>.
/// </summary>
public interface IPortalCheck
{
    string Id { get; }

    CheckResult Evaluate(PortalSnapshot snapshot);
}

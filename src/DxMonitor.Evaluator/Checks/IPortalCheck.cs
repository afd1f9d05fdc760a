using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// One independent check: a pure function of what the probe gathered. Its points come from the groups of the grading
/// definition that name its <see cref="Id"/> (<see cref="Grading.GradingGroup.Checks"/>).
/// </summary>
public interface IPortalCheck
{
    string Id { get; }

    CheckResult Evaluate(PortalSnapshot snapshot);
}

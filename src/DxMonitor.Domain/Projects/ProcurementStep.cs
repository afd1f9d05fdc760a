namespace DxMonitor.Domain.Projects;

/// <summary>
/// The steps a state-budget IT project goes through, in order (Decree 73/2019/NĐ-CP): policy, feasibility
/// report, investment decision, detailed design, contractor selection, contract, deployment, trial
/// operation, acceptance and hand-over, final settlement.
/// </summary>
public enum ProcurementStep
{
    InvestmentPolicy = 0,
    FeasibilityReport = 1,
    InvestmentDecision = 2,
    DetailedDesign = 3,
    ContractorSelection = 4,
    Contract = 5,
    Deployment = 6,
    TrialOperation = 7,
    Acceptance = 8,
    Settlement = 9,
}

public static class ProcurementSteps
{
    /// <summary>The phase a step belongs to: up to the investment decision it is preparation.</summary>
    public static ProjectPhase PhaseOf(ProcurementStep step) => step switch
    {
        <= ProcurementStep.InvestmentDecision => ProjectPhase.Preparation,
        <= ProcurementStep.TrialOperation => ProjectPhase.Implementation,
        _ => ProjectPhase.Completion,
    };
}

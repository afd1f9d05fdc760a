namespace DxMonitor.Domain.Feedback;

/// <summary>How satisfied a citizen or business said it was with the handling of its dossier (mức độ hài lòng).</summary>
public enum Satisfaction
{
    Dissatisfied = 0,
    Satisfied = 1,
    VerySatisfied = 2,
}

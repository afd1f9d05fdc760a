namespace DxMonitor.Domain.Projects;

/// <summary>
/// The three phases of a state-budget IT investment (Decree 73/2019/NĐ-CP, Art. 4, as amended by Decree
/// 82/2024/NĐ-CP): chuẩn bị đầu tư, thực hiện đầu tư, kết thúc đầu tư (nghiệm thu, bàn giao, quyết toán).
/// </summary>
public enum ProjectPhase
{
    Preparation = 0,
    Implementation = 1,
    Completion = 2,
}

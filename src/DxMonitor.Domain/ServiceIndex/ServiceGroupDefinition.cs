namespace DxMonitor.Domain.ServiceIndex;

/// <summary>A group of the index (nhóm chỉ số, e.g. processing progress) and its cap: its components' points never add up past it.</summary>
public sealed record ServiceGroupDefinition(string Code, string NameVi, string NameEn, decimal MaxPoints, IReadOnlyList<ServiceComponentDefinition> Components);

namespace DxMonitor.Domain;

/// <summary>One thing wrong with an input, and the field it was in.</summary>
public sealed record FieldProblem(string Field, string Message);

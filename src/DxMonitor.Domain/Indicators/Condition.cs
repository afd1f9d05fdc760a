using System.Globalization;

namespace DxMonitor.Domain.Indicators;

/// <summary>A test on one value, e.g. "&gt;= 1" for "has issued a DX resolution".</summary>
public sealed record Condition(ComparisonOperator Operator, decimal Value)
{
    public bool IsMetBy(decimal value) => Operator switch
    {
        ComparisonOperator.GreaterOrEqual => value >= Value,
        ComparisonOperator.Greater => value > Value,
        ComparisonOperator.LessOrEqual => value <= Value,
        ComparisonOperator.Less => value < Value,
        _ => value == Value,
    };

    public bool IsMetBy(double value)
    {
        var threshold = (double)Value;
        return Operator switch
        {
            ComparisonOperator.GreaterOrEqual => value >= threshold,
            ComparisonOperator.Greater => value > threshold,
            ComparisonOperator.LessOrEqual => value <= threshold,
            ComparisonOperator.Less => value < threshold,
            _ => value == threshold,
        };
    }

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Less => "<",
        _ => "=",
    };

    public static bool TryParseOperator(string? symbol, out ComparisonOperator op)
    {
        op = symbol switch
        {
            ">=" => ComparisonOperator.GreaterOrEqual,
            ">" => ComparisonOperator.Greater,
            "<=" => ComparisonOperator.LessOrEqual,
            "<" => ComparisonOperator.Less,
            "=" or "==" => ComparisonOperator.Equal,
            _ => (ComparisonOperator)(-1),
        };
        return op >= 0;
    }

    public override string ToString() => $"{Symbol(Operator)} {Value.ToString(CultureInfo.InvariantCulture)}";
}

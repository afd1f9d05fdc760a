using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DxMonitor.Domain.Formulas;

/// <summary>
/// Recursive descent over <c>sum := product (('+'|'-') product)*</c>, <c>product := unary (('*'|'/') unary)*</c>,
/// <c>unary := '-'* primary</c>, <c>primary := number | code | function '(' sum (',' sum)* ')' | '(' sum ')'</c>,
/// emitting postfix steps as it goes. The first error stops the parse; no exception is thrown.
/// </summary>
internal sealed class FormulaParser
{
    private readonly string _text;
    private readonly FormulaProgramBuilder _program = new();
    private FormulaToken _token;
    private int _previousEnd;
    private int _nesting;
    private string? _error;

    private FormulaParser(string text)
    {
        _text = text;
        _token = FormulaLexer.Next(text, 0);
    }

    public static bool TryParse(string text, [NotNullWhen(true)] out Formula? formula, [NotNullWhen(false)] out string? error)
    {
        var parser = new FormulaParser(text);
        if (parser.Sum() && (parser._token.Kind == TokenKind.End || parser.Unexpected()))
        {
            formula = parser._program.Build(text);
            error = null;
            return true;
        }
        formula = null;
        error = parser._error ?? FormulaErrors.NotValid();
        return false;
    }

    private bool Sum()
    {
        var start = _token.Start;
        if (!Product())
        {
            return false;
        }
        while (_token.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = _token.Kind == TokenKind.Plus ? OpCode.Add : OpCode.Subtract;
            Advance();
            if (!Product())
            {
                return false;
            }
            _program.Apply(op, 2, _program.Reason($"{Source(start)} is not a finite number"));
        }
        return true;
    }

    private bool Product()
    {
        var start = _token.Start;
        if (!Unary())
        {
            return false;
        }
        while (_token.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var divide = _token.Kind == TokenKind.Slash;
            Advance();
            var divisorStart = _token.Start;
            if (!Unary())
            {
                return false;
            }
            // A division's reasons are consecutive: division by zero, then not finite.
            var byZero = divide ? _program.Reason($"division by zero: {Source(divisorStart)} is 0") : -1;
            var overflow = _program.Reason($"{Source(start)} is not a finite number");
            _program.Apply(divide ? OpCode.Divide : OpCode.Multiply, 2, divide ? byZero : overflow);
        }
        return true;
    }

    private bool Unary()
    {
        var negations = 0;
        for (; _token.Kind == TokenKind.Minus; Advance())
        {
            negations++;
        }
        if (!Primary())
        {
            return false;
        }
        if (negations % 2 == 1)
        {
            _program.Apply(OpCode.Negate, 1);
        }
        return true;
    }

    private bool Primary() => _token.Kind switch
    {
        TokenKind.Number => Number(),
        TokenKind.Word => Word(),
        TokenKind.Open => Enter() && Advance() && Sum() && Close(),
        TokenKind.End => Fail(FormulaErrors.MissingValueAtEnd()),
        _ => Unexpected(),
    };

    private bool Number()
    {
        var text = Source(_token);
        var value = double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            return Fail(FormulaErrors.NumberTooLarge(text, _token.Start));
        }
        _program.Constant(value);
        return Advance();
    }

    private bool Word()
    {
        var (word, position) = (Source(_token), _token.Start);
        Advance();
        if (_token.Kind == TokenKind.Open)
        {
            return Call(word, position);
        }
        if (!FormulaWords.IsCode(word))
        {
            return Fail(FormulaErrors.NotAValue(word, position));
        }
        _program.Load(word, position);
        return true;
    }

    private bool Call(string name, int position)
    {
        if (FormulaWords.Function(name) is not var (op, min, max))
        {
            return Fail(FormulaErrors.UnknownFunction(name, position));
        }
        if (!Enter() || !Advance() || !Arguments(op, position, out var count) || !Close())
        {
            return false;
        }
        if (count < min || count > max)
        {
            return Fail(FormulaErrors.WrongArity(name, position, min, max, count));
        }
        _program.Apply(op, count, op == OpCode.Round ? _program.Reason(FormulaProgramBuilder.RoundDigitsReason) : -1);
        return true;
    }

    private bool Arguments(OpCode op, int position, out int count)
    {
        count = 0;
        if (_token.Kind == TokenKind.Close)
        {
            return true;
        }
        do
        {
            if (count > 0)
            {
                Advance();
            }
            var steps = _program.Count;
            if (!Sum())
            {
                return false;
            }
            count++;
            // Literal digits are checked now; computed ones give no value when evaluated.
            if (op == OpCode.Round && count == 2 && _program.Count == steps + 1 && _program.Last is { Op: OpCode.Constant, Constant: var digits }
                && (digits > 15 || digits != Math.Floor(digits)))
            {
                return Fail(FormulaErrors.RoundNeedsWholeDigits(position));
            }
        }
        while (_token.Kind == TokenKind.Comma);
        return true;
    }

    private bool Enter() => ++_nesting <= Formula.MaxNesting
        || Fail(FormulaErrors.NestingTooDeep(_token.Start));

    private bool Close()
    {
        if (_token.Kind != TokenKind.Close)
        {
            return _token.Kind == TokenKind.End ? Fail(FormulaErrors.MissingCloseAtEnd()) : Unexpected();
        }
        _nesting--;
        return Advance();
    }

    private bool Unexpected() => Fail(FormulaErrors.Unexpected(_text, _token));

    private bool Fail(string error)
    {
        _error ??= error;
        return false;
    }

    private bool Advance()
    {
        _previousEnd = _token.End;
        _token = FormulaLexer.Next(_text, _token.End);
        return true;
    }

    private string Source(int start) => _text[start.._previousEnd];

    private string Source(FormulaToken token) => _text.Substring(token.Start, token.Length);
}

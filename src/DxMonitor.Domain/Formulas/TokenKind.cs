namespace DxMonitor.Domain.Formulas;

internal enum TokenKind
{
    End,
    Number,
    Word,
    Plus,
    Minus,
    Star,
    Slash,
    Open,
    Close,
    Comma,
    Invalid,
}

namespace Rampart.Waf.Engine.Detection;

internal enum SqlTokenKind
{
    String,
    Number,
    Word,
    Keyword,
    Function,
    Comparison,
    Arithmetic,
    Logical,
    Comma,
    Semicolon,
    OpenParen,
    CloseParen,
    Dot,
    Variable,
    Comment,
    Other,
}

/// <summary>A SQL token; <see cref="Text"/> is upper-cased for words, keywords and functions.
/// <see cref="Unterminated"/> marks a string literal that runs to the end of the input.</summary>
internal readonly record struct SqlToken(SqlTokenKind Kind, string Text, bool Unterminated = false);

namespace Rampart.Policy;

/// <summary>Where an element sits in the original document text; lines and columns count from 1, columns in
/// UTF-16 characters. The end is the position of the element's last character (inclusive).</summary>
public readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn);
